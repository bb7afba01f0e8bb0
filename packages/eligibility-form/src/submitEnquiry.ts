import type { Language } from '@bfp/eligibility';
import { formWording } from './wording.ts';
import { HONEYPOT_FIELD, type Answers } from '@bfp/eligibility';
import type { ContactDraft } from './steps/ContactStep.tsx';
import type { FieldErrors, FormPartner } from './types.ts';

export type SubmitResult =
  /** `team` is whoever will call back: on the partnership's site, the council that covers the carer's postcode. */
  | { kind: 'accepted'; reference: string; team: { name: string; phone: string } | null }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'failed'; message: string };

/** Sends the enquiry to the CMS. The CMS re-checks everything; its per-field messages map back onto the form. */
export async function submitEnquiry({
  endpoint,
  partner,
  answers,
  contact,
  idempotencyKey,
  language,
}: {
  endpoint: string;
  partner: FormPartner;
  answers: Answers;
  contact: ContactDraft;
  idempotencyKey: string;
  /** The page's language, for the message when nothing could be sent. */
  language?: Language;
}): Promise<SubmitResult> {
  const failed = { kind: 'failed' as const, message: formWording(language).sendFailed(partner.phone) };
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify({
        partner: partner.slug,
        answers,
        contact: {
          fullName: contact.fullName,
          email: contact.email,
          phone: contact.phone,
          ...(contact.callTime ? { callTime: contact.callTime } : {}),
          consent: contact.consent,
          emailUpdates: contact.emailUpdates,
        },
        privacyNoticeVersion: partner.privacyNoticeVersion,
        // The CMS files it with the enquiry and answers, and writes to the carer, in it.
        ...(language ? { language } : {}),
        // Sent only when filled in, which people never do; the CMS refuses it with a message saying why.
        ...(contact.website ? { [HONEYPOT_FIELD]: contact.website } : {}),
      }),
    });
  } catch {
    return failed;
  }
  const body = (await response.json().catch(() => ({}))) as {
    reference?: string;
    message?: string;
    errors?: FieldErrors;
    partner?: { name: string; phone: string };
  };
  // 409 (the privacy notice changed since the page was built), 429 (too many from this connection) and 503 (the CMS
  // could not store it) carry a message written for the carer; nothing was saved, and their answers stay in the form.
  if ([409, 429, 503].includes(response.status) && body.message) return { kind: 'failed', message: body.message };
  // 200 is a repeat of a submission the CMS already has (same idempotency key): the same reference comes back.
  if ((response.status === 201 || response.status === 200) && body.reference)
    return { kind: 'accepted', reference: body.reference, team: body.partner ?? null };
  if (response.status === 400 && body.errors) {
    const contactErrors = Object.fromEntries(
      Object.entries(body.errors)
        .filter(([key]) => key.startsWith('contact.'))
        .map(([key, message]) => [key.slice('contact.'.length), message]),
    );
    if (Object.keys(contactErrors).length) return { kind: 'invalid', errors: contactErrors };
  }
  return failed;
}

/** A random key for one filled-in form. randomUUID needs a secure context; getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
