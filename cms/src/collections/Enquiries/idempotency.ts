import { createHash } from 'node:crypto';

/** What a browser may send as Idempotency-Key: a UUID or similar token, nothing that could carry data. */
const KEY_FORMAT = /^[A-Za-z0-9_-]{16,100}$/;

export function isWellFormedIdempotencyKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

/**
 * The key an enquiry is stored under so a repeat of the same submission files nothing new. The JavaScript form sends
 * one random key per filled-in form (a double click or a retried request reuses it). A plain HTML form cannot, so
 * there the key is the content itself on that London day: the same person sending the same answers twice in a day
 * gets their first reference back, while a genuine new enquiry on another day is a new enquiry.
 */
export function enquiryIdempotencyKey({
  sentKey,
  partner,
  answers,
  contact,
  now = new Date(),
}: {
  sentKey: string | null;
  partner: string;
  answers: unknown;
  contact: { fullName: string; email: string; phone: string };
  now?: Date;
}): string {
  if (sentKey) return `key:${partner}:${sentKey}`;
  const day = now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const content = JSON.stringify([partner, day, answers, contact.fullName.trim().toLowerCase(), contact.email.trim().toLowerCase(), contact.phone.replace(/\D/g, '')]);
  return `content:${createHash('sha256').update(content).digest('base64url')}`;
}
