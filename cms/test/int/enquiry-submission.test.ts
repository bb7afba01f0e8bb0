import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { formFields, postForm, postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';

const ENDPOINT = '/api/enquiries/submit';
const DUDLEY_SITE = 'http://dudley.localhost:4999';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t.cleanup());

const enquiryCount = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;
const emailsDue = async () => (await t.payload.count({ collection: 'enquiries', where: { 'emails.team': { equals: 'pending' } }, overrideAccess: true })).totalDocs;

describe('a double click or a retried request files one enquiry', () => {
  it('answers a repeat with the same Idempotency-Key with the first reference, storing and e-mailing once', async () => {
    const before = await enquiryCount();
    const dueBefore = await emailsDue();
    const body = validEnquiry();
    const key = crypto.randomUUID();
    const first = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    const second = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await second.json()) as { reference: string }).reference).toBe(((await first.json()) as { reference: string }).reference);
    expect(await enquiryCount()).toBe(before + 1);
    expect(await emailsDue()).toBe(dueBefore + 1); // one enquiry's e-mails (to the team and the carer) are due, once
  });

  it('files one enquiry when two copies of a submission arrive at the same moment', async () => {
    const before = await enquiryCount();
    const body = validEnquiry();
    const key = crypto.randomUUID();
    const responses = await Promise.all([1, 2, 3].map(() => t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }))));
    const references = await Promise.all(responses.map(async (r) => ((await r.json()) as { reference: string }).reference));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(references).size).toBe(1);
    expect(await enquiryCount()).toBe(before + 1);
  });

  it('without a key, treats the same person sending the same answers on the same day as one enquiry', async () => {
    const before = await enquiryCount();
    const body = validEnquiry();
    expect((await t.rest(ENDPOINT, postJson(body))).status).toBe(201);
    expect((await t.rest(ENDPOINT, postJson(body))).status).toBe(200);
    // A different person with the same answers is a different enquiry.
    const other = { ...body, contact: { ...body.contact, email: 'someone.else@example.com' } };
    expect((await t.rest(ENDPOINT, postJson(other))).status).toBe(201);
    expect(await enquiryCount()).toBe(before + 2);
  });

  it('refuses a malformed Idempotency-Key with 400 and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postJson(validEnquiry(), { 'Idempotency-Key': 'short' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('Idempotency-Key');
    expect(await enquiryCount()).toBe(before);
  });
});

describe('spam', () => {
  it('refuses an enquiry whose hidden honeypot field is filled in, saying so, and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postJson({ ...validEnquiry(), website: 'http://spam.example' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: Record<string, string> };
    expect(body.message).toContain('"website"');
    expect(body.errors.website).toBeTruthy();
    expect(await enquiryCount()).toBe(before);
  });
});

describe('the plain HTML form (JavaScript off)', () => {
  it('stores the enquiry and answers 303 to the site’s own confirmation page for its outcome, with the reference', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postForm(formFields(validEnquiry()), { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(DUDLEY_SITE);
    expect(location.pathname).toBe('/check/sent/likely-eligible/');
    const reference = location.searchParams.get('reference')!;
    expect(reference).toMatch(/^DUDL-/);
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
    expect(docs[0]!.outcome).toBe('likely-eligible');
    expect(docs[0]!.sourceSite).toBe(DUDLEY_SITE);
    expect(await enquiryCount()).toBe(before + 1);
  });

  it('sends a form with mistakes to the site’s problem page naming the fields, and stores nothing', async () => {
    const before = await enquiryCount();
    const fields = { ...formFields(validEnquiry()), email: 'not-an-email', postcode: 'nowhere' };
    delete (fields as Record<string, string>).consent;
    const response = await t.rest(ENDPOINT, postForm(fields, { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${DUDLEY_SITE}/check/problem/`);
    expect(location.searchParams.get('fields')!.split(',').sort()).toEqual(['answers.postcode', 'contact.consent', 'contact.email']);
    expect(await enquiryCount()).toBe(before);
  });

  it('never redirects anywhere but the partner’s own site, whatever Origin or Referer claim', async () => {
    const claims: Array<Record<string, string>> = [{ Origin: 'https://evil.example' }, { Referer: 'https://evil.example/check/' }, { Origin: 'http://staffordshire.localhost:4999' }, {}];
    for (const headers of claims) {
      const response = await t.rest(ENDPOINT, postForm(formFields(validEnquiry()), headers));
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get('location')!).origin).toBe('https://fostering.dudley.example.org');
    }
  });

  it('answers an unknown partner with a 404 page rather than a redirect, and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postForm({ ...formFields(validEnquiry()), partner: 'https://evil.example' }));
    expect(response.status).toBe(404);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('We could not find that fostering service');
    expect(await enquiryCount()).toBe(before);
  });

  it('refuses fields the form does not have, and a field sent twice', async () => {
    const before = await enquiryCount();
    const extra = await t.rest(ENDPOINT, postForm({ ...formFields(validEnquiry()), outcome: 'likely-eligible' }, { Origin: DUDLEY_SITE }));
    expect(new URL(extra.headers.get('location')!).searchParams.get('fields')).toBe('outcome');
    const body = new URLSearchParams(formFields(validEnquiry()));
    body.append('age', 'no');
    const twice = await t.rest(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: DUDLEY_SITE }, body: body.toString() });
    expect(twice.status).toBe(303);
    expect(new URL(twice.headers.get('location')!).searchParams.get('fields')).toBe('age');
    expect(await enquiryCount()).toBe(before);
  });
});
