import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { launchBrowser, loginToken } from './helpers.ts';

const cmsUrl = inject('cmsUrl');

let browser: Browser;
let enquiryId: number;
beforeAll(async () => {
  browser = await launchBrowser();
  const response = await fetch(`${cmsUrl}/api/enquiries/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      partner: 'dudley',
      answers: { postcode: 'DY1 1AA', age: 'yes', bedroom: 'yes', rightToLive: 'settled', home: 'own', convictions: 'no', smoking: 'no', daytime: 'at-home', pets: 'none', experience: 'yes' },
      contact: { fullName: 'Ash Admin-Form', email: 'ash.admin-form@example.com', phone: '01632 960 321', consent: true },
      privacyNoticeVersion: '2026-11',
    }),
  });
  const { reference } = (await response.json()) as { reference: string };
  const token = await loginToken(cmsUrl, 'admin@bfp.example');
  const found = await fetch(`${cmsUrl}/api/enquiries?where[reference][equals]=${reference}&depth=0`, { headers: { Authorization: `JWT ${token}` } });
  enquiryId = ((await found.json()) as { docs: Array<{ id: number }> }).docs[0]!.id;
});
afterAll(() => browser?.close());

async function signIn(email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${cmsUrl}/admin/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(`${cmsUrl}/admin`);
  return page;
}

/**
 * Waits, as a person does, for the form-state request Payload sends 250 ms after a change. Saved before it answers,
 * that request lands after the save and leaves the document locked by this user (Payload's save deletes the lock
 * first), so the next person to open it is shown "Document locked".
 */
const settled = (page: Page) => page.waitForLoadState('networkidle');

async function stored() {
  const token = await loginToken(cmsUrl, 'admin@bfp.example');
  return (await (await fetch(`${cmsUrl}/api/enquiries/${enquiryId}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
    status: string;
    notes?: string | null;
    outcome: string;
    consent: { givenAt: string };
  };
}

describe("a council's own record in the admin", () => {
  it('its team saves the local offer: the admin-only fields the form sends back unchanged are accepted', async () => {
    const token = await loginToken(cmsUrl, 'admin@bfp.example');
    const { docs } = (await (await fetch(`${cmsUrl}/api/partners?where[slug][equals]=dudley&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: Array<{ id: number; name: string }> };
    const page = await signIn('dudley@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/partners/${docs[0]!.id}`);
    await page.getByLabel('Local Offer').fill('Fees, training and a local carers group every month.');
    await settled(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
    const after = (await (await fetch(`${cmsUrl}/api/partners/${docs[0]!.id}?depth=0`)).json()) as { name: string; localOffer: string };
    expect([after.name, after.localOffer]).toEqual([docs[0]!.name, 'Fees, training and a local carers group every month.']);
  });
});

// The evidence of an enquiry is refused when it changes; the admin's form sends it back with every save, unchanged.
describe('working an enquiry in the admin', () => {
  it("the council's team saves a note: the form's read-only evidence goes back unchanged and is accepted", async () => {
    const before = await stored();
    const page = await signIn('dudley@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/enquiries/${enquiryId}`);
    await page.getByLabel('Notes').fill('Phoned, left a message.');
    await settled(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
    const after = await stored();
    expect(after.notes).toBe('Phoned, left a message.');
    expect([after.outcome, after.consent.givenAt]).toEqual([before.outcome, before.consent.givenAt]);
  });

  it('an admin saves the same form too', async () => {
    const page = await signIn('admin@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/enquiries/${enquiryId}`);
    await page.getByLabel('Notes').fill('Visit booked for Tuesday.');
    await settled(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
    expect((await stored()).notes).toBe('Visit booked for Tuesday.');
  });

  it('a marketing editor reads it and cannot save it', async () => {
    const page = await signIn('editor@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/enquiries/${enquiryId}`);
    await page.getByLabel('Notes').waitFor({ timeout: 20_000 });
    // No update access: Payload renders the document read-only, with no Save button.
    await expect.poll(() => page.getByRole('button', { name: 'Save' }).count(), { timeout: 10_000 }).toBe(0);
  });
});
