import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { formFields, postForm, postJson, validEnquiry } from './fixtures.ts';

let t: TestPayload;
beforeAll(async () => {
  // A small limit, so the test reaches it quickly.
  t = await startTestPayload({ env: { ENQUIRY_RATE_LIMIT: '3/600' } });
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t.cleanup());

const ENDPOINT = '/api/enquiries/submit';
const from = (address: string) => ({ 'X-Forwarded-For': address });
const enquiryCount = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;

it('answers 429 with Retry-After once one address has sent too many, and never stores the refused one', async () => {
  for (let i = 0; i < 3; i++)
    expect((await t.rest(ENDPOINT, postJson(validEnquiry(), from('203.0.113.7')))).status).toBe(201);
  const before = await enquiryCount();
  const refused = await t.rest(ENDPOINT, postJson(validEnquiry(), from('203.0.113.7')));
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('Retry-After'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(600);
  expect(((await refused.json()) as { message: string }).message).toMatch(/wait \d+ minutes?/);
  expect(await enquiryCount()).toBe(before);

  // Another address is unaffected: one busy household does not block the rest of the county.
  expect((await t.rest(ENDPOINT, postJson(validEnquiry(), from('198.51.100.20')))).status).toBe(201);
});

it('counts the address the nearest proxy saw, not one a client put first in X-Forwarded-For', async () => {
  for (let i = 0; i < 3; i++) await t.rest(ENDPOINT, postJson(validEnquiry(), from('192.0.2.50')));
  const spoofed = await t.rest(ENDPOINT, postJson(validEnquiry(), { 'X-Forwarded-For': '10.9.9.9, 192.0.2.50' }));
  expect(spoofed.status).toBe(429);
});

it('answers a plain form post over the limit with a readable 429 page, not a silent drop', async () => {
  for (let i = 0; i < 3; i++) await t.rest(ENDPOINT, postJson(validEnquiry(), from('192.0.2.99')));
  const refused = await t.rest(ENDPOINT, postForm(formFields(validEnquiry()), from('192.0.2.99')));
  expect(refused.status).toBe(429);
  expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
  expect(refused.headers.get('content-type')).toContain('text/html');
  const page = await refused.text();
  expect(page).toContain('Please wait before sending again');
  expect(page).not.toContain('<script');
});
