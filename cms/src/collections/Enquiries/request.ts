import type { PayloadRequest } from 'payload';
import { CONTACT_FIELDS, HONEYPOT_FIELD, LANGUAGES, QUESTION_IDS, isLanguage, type Language } from '@bfp/eligibility';
import { SITE_ORIGIN_FIELD } from '@bfp/eligibility-form/plain';
import { isWellFormedIdempotencyKey } from './idempotency.ts';

/** Larger than any real enquiry by an order of magnitude; anything bigger is not a carer filling in a form. */
export const MAX_ENQUIRY_BYTES = 32 * 1024;

const ALLOWED_KEYS = [
  'partner',
  'answers',
  'contact',
  'privacyNoticeVersion',
  'language',
  HONEYPOT_FIELD,
  SITE_ORIGIN_FIELD,
] as const;

/** How the enquiry arrived: JSON from the JavaScript form, or a plain HTML form post when JavaScript is off. */
export type EnquiryMode = 'json' | 'form';

export interface EnquiryBody {
  partner: string;
  answers: unknown;
  contact: unknown;
  privacyNoticeVersion: string;
  /** The language of the page the carer used; English when not sent. */
  language?: Language;
  /** Only from the plain form the CMS itself served: the partner site it belongs to (checked before it is used). */
  siteOrigin?: string;
}

export interface ParsedEnquiry {
  ok: true;
  mode: EnquiryMode;
  body: EnquiryBody;
  /** The browser's Idempotency-Key header, if it sent one. */
  sentKey: string | null;
  /** Whatever was typed into the honeypot field; empty for people. */
  honeypot: string;
  /** A form post's fields as sent, by name, to fill the form in again if something is wrong. */
  values: Record<string, string>;
}

export interface EnquiryProblem {
  ok: false;
  mode: EnquiryMode;
  status: 400 | 404 | 409 | 413 | 415 | 422;
  message: string;
  errors?: Record<string, string>;
  /** The partner named in the request, when it could be read: a form post is answered on that partner's site. */
  partner?: string;
  /** A form post's fields as sent, when they could be read. */
  values?: Record<string, string>;
  siteOrigin?: string;
  /** The page's language, when it could be read: a form post is answered in it. */
  language?: Language;
}

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** A post of the plain HTML form (JavaScript off), answered with a page rather than JSON. */
export const isFormPost = (req: PayloadRequest): boolean => FORM_TYPE.test(req.headers.get('content-type') ?? '');

/**
 * Reads the request body with its size capped and checks its shape. Payload gives custom endpoints no parsed body (and
 * its Local API requests have none at all), so this reads the raw text itself.
 */
export async function parseEnquiryRequest(req: PayloadRequest): Promise<ParsedEnquiry | EnquiryProblem> {
  const mode: EnquiryMode = isFormPost(req) ? 'form' : 'json';
  if (mode === 'json' && !JSON_TYPE.test(req.headers.get('content-type') ?? '')) {
    return {
      ok: false,
      mode,
      status: 415,
      message: 'Send the enquiry as JSON (Content-Type: application/json) or as a form post',
    };
  }
  const problem = (fields: Omit<EnquiryProblem, 'ok' | 'mode'>): EnquiryProblem => ({ ok: false, mode, ...fields });

  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_ENQUIRY_BYTES) return problem(tooLarge());
  if (!req.text) return problem({ status: 400, message: 'The request has no body' });
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_ENQUIRY_BYTES) return problem(tooLarge());

  const sentKey = req.headers.get('idempotency-key');
  if (sentKey !== null && !isWellFormedIdempotencyKey(sentKey)) {
    return problem({
      status: 400,
      message: 'The Idempotency-Key header must be 16 to 100 letters, digits, "-" or "_"',
      errors: { idempotencyKey: 'Malformed key' },
    });
  }

  const raw = mode === 'form' ? formToEnquiry(text) : parseJson(text);
  if ('problem' in raw) return problem(raw.problem);
  const input = raw.value;
  const partner = typeof input.partner === 'string' && input.partner !== '' ? input.partner : undefined;
  const values = raw.fields ?? {};
  const siteOrigin = typeof input[SITE_ORIGIN_FIELD] === 'string' ? input[SITE_ORIGIN_FIELD] : undefined;
  const language = isLanguage(input.language) ? input.language : undefined;

  const errors: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    if (!(ALLOWED_KEYS as readonly string[]).includes(key)) errors[key] = `"${key}" is not an enquiry field`;
  }
  if (!partner) errors.partner = 'Say which partner the enquiry is for';
  if (typeof input.privacyNoticeVersion !== 'string' || !/^[\w.-]{1,40}$/.test(input.privacyNoticeVersion)) {
    errors.privacyNoticeVersion = 'Give the version of the privacy notice the carer was shown';
  }
  if (input.language !== undefined && !language)
    errors.language = `Give the language of the page the carer used: ${LANGUAGES.map((code) => `"${code}"`).join(' or ')}`;
  if (input.answers === undefined) errors.answers = 'Answers are missing';
  if (input.contact === undefined) errors.contact = 'Contact details are missing';
  const honeypot = input[HONEYPOT_FIELD] ?? '';
  if (typeof honeypot !== 'string') errors[HONEYPOT_FIELD] = `"${HONEYPOT_FIELD}" must be text`;
  if (input[SITE_ORIGIN_FIELD] !== undefined && typeof input[SITE_ORIGIN_FIELD] !== 'string')
    errors[SITE_ORIGIN_FIELD] = `"${SITE_ORIGIN_FIELD}" must be text`;
  if (Object.keys(errors).length)
    return problem({
      status: 400,
      message: 'The enquiry is not in the expected shape',
      errors,
      partner,
      values,
      siteOrigin,
      language,
    });
  return { ok: true, mode, body: input as unknown as EnquiryBody, sentKey, honeypot: honeypot as string, values };
}

/** The body regrouped as the JSON form sends it; a form post also keeps its flat fields as sent. */
type Raw =
  | { value: Record<string, unknown>; fields?: Record<string, string> }
  | { problem: Omit<EnquiryProblem, 'ok' | 'mode'> };

function parseJson(text: string): Raw {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: { status: 400, message: 'The request body is not valid JSON' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problem: { status: 400, message: 'The request body must be a JSON object' } };
  }
  return { value: raw as Record<string, unknown> };
}

/**
 * The no-JavaScript form posts flat fields: one per question (named by question id), one per contact field, each
 * ticked box as "yes", plus partner, privacyNoticeVersion and the honeypot. They are regrouped into the same shape
 * the JSON form sends, so both paths go through exactly the same checks.
 */
/**
 * A ticked box posts "yes". Consent left unticked is simply not given; anything but "yes" sent for the opt-in is kept
 * as sent, so the checks refuse it by name.
 */
function contactValue(key: string, field: string): unknown {
  if (key === 'consent') return field === 'yes';
  if (key === 'emailUpdates' && field === 'yes') return true;
  return field;
}

function formToEnquiry(text: string): Raw {
  const params = new URLSearchParams(text);
  const value: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  const contact: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [key, field] of params) {
    if (seen.has(key)) {
      const partner = params.get('partner') || undefined;
      return {
        problem: {
          status: 400,
          message: `The field "${key}" was sent more than once`,
          errors: { [key]: 'Sent more than once' },
          partner,
        },
      };
    }
    seen.add(key);
    if ((QUESTION_IDS as readonly string[]).includes(key)) answers[key] = field;
    else if ((CONTACT_FIELDS as readonly string[]).includes(key)) contact[key] = contactValue(key, field);
    else value[key] = field;
  }
  return { value: { ...value, answers, contact }, fields: Object.fromEntries(params) };
}

function tooLarge(): Omit<EnquiryProblem, 'ok' | 'mode'> {
  return { status: 413, message: `The enquiry is larger than ${MAX_ENQUIRY_BYTES / 1024} KB` };
}
