import type { PayloadRequest } from 'payload';

/** Larger than any real enquiry by an order of magnitude; anything bigger is not a carer filling in a form. */
export const MAX_ENQUIRY_BYTES = 32 * 1024;

const ALLOWED_KEYS = ['partner', 'answers', 'contact', 'privacyNoticeVersion'] as const;

export interface EnquiryBody {
  partner: string;
  answers: unknown;
  contact: unknown;
  privacyNoticeVersion: string;
}

export interface EnquiryProblem {
  ok: false;
  status: 400 | 404 | 413 | 415;
  message: string;
  errors?: Record<string, string>;
}

/**
 * Reads the request body as JSON with its size capped, and checks its shape. Payload gives custom endpoints no parsed
 * body, and its Local API requests have no body at all.
 */
export async function parseEnquiryRequest(req: PayloadRequest): Promise<{ ok: true; body: EnquiryBody } | EnquiryProblem> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, status: 415, message: 'Send the enquiry as JSON (Content-Type: application/json)' };
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_ENQUIRY_BYTES) return tooLarge();
  if (!req.text) return { ok: false, status: 400, message: 'The request has no body' };
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_ENQUIRY_BYTES) return tooLarge();

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, status: 400, message: 'The request body must be a JSON object' };
  }
  const input = raw as Record<string, unknown>;
  const errors: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    if (!(ALLOWED_KEYS as readonly string[]).includes(key)) errors[key] = `"${key}" is not an enquiry field`;
  }
  if (typeof input.partner !== 'string' || input.partner === '') errors.partner = 'Say which partner the enquiry is for';
  if (typeof input.privacyNoticeVersion !== 'string' || !/^[\w.-]{1,40}$/.test(input.privacyNoticeVersion)) {
    errors.privacyNoticeVersion = 'Give the version of the privacy notice the carer was shown';
  }
  if (input.answers === undefined) errors.answers = 'Answers are missing';
  if (input.contact === undefined) errors.contact = 'Contact details are missing';
  if (Object.keys(errors).length) return { ok: false, status: 400, message: 'The enquiry is not in the expected shape', errors };
  return { ok: true, body: input as unknown as EnquiryBody };
}

function tooLarge(): EnquiryProblem {
  return { ok: false, status: 413, message: `The enquiry is larger than ${MAX_ENQUIRY_BYTES / 1024} KB` };
}
