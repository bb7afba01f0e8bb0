import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  blockOutsideRequests,
  formSettled,
  launchBrowser,
  loginToken,
  signInToAdmin,
  submitEnquiryAs,
} from './helpers.ts';

const cmsUrl = inject('cmsUrl');

let browser: Browser;
let enquiryId: number;
let readOnlyId: number;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ id: enquiryId } = await submitEnquiryAs(cmsUrl, 'Ash Admin-Form'));
  // Opened only to be read: an open edit view locks its document, and the saving tests must not meet that lock.
  ({ id: readOnlyId } = await submitEnquiryAs(cmsUrl, 'Rowan Reader'));
});
afterAll(() => browser?.close());

/** Requests to anywhere but this machine, refused and recorded: the admin must need nothing from outside. */
const outside: string[] = [];

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  await blockOutsideRequests(context, outside);
  return signInToAdmin(await context.newPage(), { cmsUrl, email });
}

/**
 * Waits, as a person does, for the form-state request Payload sends 250 ms after a change. Saved before it answers,
 * that request lands after the save and leaves the document locked by this user (Payload's save deletes the lock
 * first), so the next person to open it is shown "Document locked".
 */
// After a lock take-over the admin may keep talking to the server, so a form that never falls quiet goes on after
// 10 s: the save's own message is the check.
const settled = (page: Page) => formSettled(page, { timeout: 10_000 }).catch(() => undefined);

async function stored() {
  const token = await loginToken(cmsUrl, 'admin@bfp.example');
  return (await (
    await fetch(`${cmsUrl}/api/enquiries/${enquiryId}?depth=0`, { headers: { Authorization: `JWT ${token}` } })
  ).json()) as {
    status: string;
    notes?: string | null;
    outcome: string;
    consent: { givenAt: string };
  };
}

describe('reading an enquiry in the admin', () => {
  it("the council's team sees each answer as question, answer and what it means, with no outside request", async () => {
    const page = await signIn('dudley@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/enquiries/${readOnlyId}`);
    const table = page.getByRole('table', { name: 'The carer’s answers' });
    await table.waitFor({ timeout: 20_000 });
    const row = table.getByRole('row', { name: /Are you 21 or over\?/ });
    await expect.poll(() => row.textContent()).toContain('Yes');
    await expect
      .poll(() => table.getByRole('row', { name: /What is your postcode\?/ }).textContent())
      .toContain('DY1 1AA');
    // The readable table replaces Payload's JSON editor, which loaded from a CDN and showed raw JSON.
    expect(await page.locator('.json-field, .monaco-editor').count()).toBe(0);
    // axe on what this project adds; Payload's own widgets are its maintainers' (see the closing note).
    expect(await axeViolations(page, { include: ['.enquiry-answers'] })).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('the list is titled for the team, names the carer and reads the outcome', async () => {
    const page = await signIn('dudley@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/enquiries`);
    await page.getByText('Dudley’s enquiries').waitFor({ timeout: 20_000 });
    const row = page.getByRole('row', { name: /Rowan Reader/ });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('Likely eligible');
    expect(await row.textContent()).not.toMatch(/\bfalse\b/);
    expect(outside).toEqual([]);
  });
});

describe("a council's own record in the admin", () => {
  it('its team saves the local offer: the admin-only fields the form sends back unchanged are accepted', async () => {
    const token = await loginToken(cmsUrl, 'admin@bfp.example');
    const { docs } = (await (
      await fetch(`${cmsUrl}/api/partners?where[slug][equals]=dudley&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as {
      docs: Array<{ id: number; name: string }>;
    };
    const page = await signIn('dudley@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/partners/${docs[0]!.id}`);
    await page.getByLabel('Local Offer').fill('Fees, training and a local carers group every month.');
    await settled(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
    const after = (await (await fetch(`${cmsUrl}/api/partners/${docs[0]!.id}?depth=0`)).json()) as {
      name: string;
      localOffer: string;
    };
    expect([after.name, after.localOffer]).toEqual([
      docs[0]!.name,
      'Fees, training and a local carers group every month.',
    ]);
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
    // The team's open edit view still holds Payload's document lock: take it over, as a colleague would.
    const locked = page.getByRole('dialog', { name: 'document-locked' });
    if (
      await locked.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await locked.getByRole('button', { name: /Take over/i }).click();
      await locked.waitFor({ state: 'hidden' });
    }
    const notes = page.getByLabel('Notes');
    await expect.poll(() => notes.isEditable(), { timeout: 20_000 }).toBe(true);
    await settled(page);
    await notes.fill('Visit booked for Tuesday.');
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
