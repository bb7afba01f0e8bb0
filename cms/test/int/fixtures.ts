import { Window } from 'happy-dom';
import { ELIGIBLE_ANSWERS, VALID_CONTACT } from '@bfp/eligibility/fixtures';
import type { Enquiry } from '../../src/payload-types.ts';
import type { TestPayload } from './testPayload.ts';
let carers = 0;

/** A postcode each seeded council covers: an enquiry goes to the council covering its postcode, whichever site sent it. */
const POSTCODE_IN = {
  dudley: 'dy1 1aa',
  staffordshire: 'st16 3aa',
  'sir-enghraifft': 'cf99 1sn',
  'amberford-0': 'zz1 1aa',
} as Record<string, string>;

/**
 * A complete, valid enquiry body, built on the eligibility package's eligible carer; tests override one part at a
 * time. Each call is a different carer (e-mail address), because the endpoint files a repeat of the same person's
 * same answers on the same day only once.
 */

export function validEnquiry(overrides: Record<string, unknown> = {}) {
  carers += 1;
  return {
    partner: 'dudley',
    answers: { postcode: POSTCODE_IN[String(overrides.partner ?? 'dudley')] ?? 'dy1 1aa', ...ELIGIBLE_ANSWERS },
    contact: { ...VALID_CONTACT, email: `sam.${carers}@example.com` },
    privacyNoticeVersion: '2026-11',
    ...overrides,
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The same enquiry as the plain HTML form (JavaScript off) posts it: flat fields, ticked boxes as "yes". */
export function formFields(enquiry: ReturnType<typeof validEnquiry>): Record<string, string> {
  const { consent, emailUpdates, ...contact } = enquiry.contact as Record<string, unknown>;
  return {
    partner: String(enquiry.partner),
    privacyNoticeVersion: String(enquiry.privacyNoticeVersion),
    ...(enquiry.answers as Record<string, string>),
    ...(contact as Record<string, string>),
    ...(consent ? { consent: 'yes' } : {}),
    ...(emailUpdates ? { emailUpdates: 'yes' } : {}),
    website: '',
  };
}

export function postForm(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

/** A page the CMS answered with, parsed as a browser would (happy-dom), to read what a person sees on it. */
export async function parsePage(response: Response): Promise<Document> {
  const window = new Window();
  // happy-dom's own types differ from the DOM's; read through the DOM's, as the page would be in a browser.
  return new window.DOMParser().parseFromString(await response.text(), 'text/html') as unknown as Document;
}

/** The field values a form on the page would send, by name, as the browser would collect them. */
export function formValues(form: Element | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of form?.querySelectorAll('input') ?? []) {
    if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue;
    values[input.name] = input.value;
  }
  return values;
}

const SUBMIT = '/api/enquiries/submit';

/** An enquiry sent as the island sends it: its status and the JSON answer. */
export async function submitEnquiryJson(t: TestPayload, body: unknown) {
  const response = await t.rest(SUBMIT, postJson(body));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The stored enquiry with this reference, as the team reads it (partner populated). */
export async function storedEnquiry(t: TestPayload, reference: string): Promise<Enquiry> {
  const { docs } = await t.payload.find({
    collection: 'enquiries',
    where: { reference: { equals: reference } },
    depth: 1,
    overrideAccess: true,
  });
  return docs[0]!;
}

export const enquiryCount = async (t: TestPayload) =>
  (await t.payload.count({ collection: 'enquiries', overrideAccess: true })).totalDocs;
