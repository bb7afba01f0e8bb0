import { createHash } from 'node:crypto';
import { QUESTION_IDS, type Answers } from '@bfp/eligibility';
import type { Enquiry } from '../../payload-types.ts';

/** What a browser may send as Idempotency-Key: a UUID or similar token, nothing that could carry data. */
const KEY_FORMAT = /^[A-Za-z0-9_-]{16,100}$/;

export function isWellFormedIdempotencyKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

/** Everything a carer sends that is stored, as the endpoint stores it (answers and contact details checked, trimmed). */
export interface EnquiryContent {
  answers: Answers;
  contact: { fullName: string; email: string; phone: string; callTime: string | null };
  privacyNoticeVersion: string;
}

/**
 * One text for one enquiry's content, whatever order its parts came in: the answers in the questions' order (a JSON
 * column on PostgreSQL does not keep key order), then every contact field and the notice the carer agreed to.
 */
function canonicalContent({ answers, contact, privacyNoticeVersion }: EnquiryContent): string {
  return JSON.stringify([
    QUESTION_IDS.map((id) => answers[id] ?? null),
    contact.fullName,
    contact.email,
    contact.phone,
    contact.callTime ?? null,
    privacyNoticeVersion,
  ]);
}

/**
 * The key an enquiry is stored under so a repeat of the same submission files nothing new. The JavaScript form sends
 * one random key per filled-in form (a double click or a retried request reuses it). A plain HTML form cannot, so
 * there the key is the whole content itself on that London day: the same answers and details sent twice in a day
 * get the first reference back, while a corrected resend (another time to call, a name retyped) is a new enquiry, and
 * so is one sent on another day.
 */
export function enquiryIdempotencyKey({
  sentKey,
  partner,
  content,
  now = new Date(),
}: {
  sentKey: string | null;
  partner: string;
  content: EnquiryContent;
  now?: Date;
}): string {
  if (sentKey) return `key:${partner}:${sentKey}`;
  const day = now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  return `content:${createHash('sha256')
    .update(JSON.stringify([partner, day, canonicalContent(content)]))
    .digest('base64url')}`;
}

/**
 * Whether an enquiry already stored under a key is the one now sent again under it. The stored row is compared, not
 * a hash kept beside the key: the row holds exactly what was stored from the first request, rows stored before this
 * check existed included. An enquiry whose carer's details an admin has since corrected no longer matches its first
 * request, and is answered as a different one.
 */
export function isSameEnquiry(
  stored: Pick<Enquiry, 'answers' | 'contact' | 'consent'>,
  content: EnquiryContent,
): boolean {
  const answers = (
    stored.answers && typeof stored.answers === 'object' && !Array.isArray(stored.answers) ? stored.answers : {}
  ) as Answers;
  const contact = {
    fullName: stored.contact?.fullName ?? '',
    email: stored.contact?.email ?? '',
    phone: stored.contact?.phone ?? '',
    callTime: stored.contact?.callTime ?? null,
  };
  return (
    canonicalContent({ answers, contact, privacyNoticeVersion: stored.consent?.privacyNoticeVersion ?? '' }) ===
    canonicalContent(content)
  );
}
