import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, loginToken } from './helpers.ts';

const cmsUrl = inject('cmsUrl');
const siteUrl = (slug: string) => `http://${slug}.localhost:${inject('sitesPort')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a carer under 21', () => {
  it('is told why at once, offered to keep in touch with no call promised, and filed as "keep in touch" with no deadline', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl('dudley')}/check/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel('What is your postcode?').fill('DY1 1AA');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Are you 21 or over?' }).waitFor();
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The checker stops here: no third question, the reason, and an offer that promises no call.
    await page.getByRole('heading', { name: 'You may not be able to foster yet' }).waitFor();
    expect(await page.textContent('.eligibility-form')).toContain('at least 21');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep in touch' }).click();
    await page.getByRole('heading', { name: 'Your contact details' }).waitFor();
    const contactText = (await page.textContent('.eligibility-form')) ?? '';
    expect(contactText).toContain('Nobody will call you about this enquiry.');
    expect(contactText).not.toMatch(/will call you, usually within one working day/);
    await page.getByLabel('Full name').fill('Riley Young');
    await page.getByLabel('Email address').fill('riley.young@example.com');
    await page.getByLabel('Phone number').fill('07700 900 123');
    await page.getByLabel('I agree to be contacted about fostering').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your answers before sending your enquiry' }).waitFor();
    expect(await page.locator('.summary-list').first().locator('.summary-list__row').count()).toBe(2);
    await page.getByRole('button', { name: 'Accept and send' }).click();
    await page.getByRole('heading', { name: 'Thank you, we have your details' }).waitFor();
    const confirmation = (await page.textContent('.eligibility-form')) ?? '';
    expect(confirmation).toContain('They will not call you about this enquiry.');
    expect(await axeViolations(page)).toEqual([]);

    const token = await loginToken(cmsUrl, 'admin@bfp.example');
    const found = await fetch(`${cmsUrl}/api/enquiries?where[contact.email][equals]=riley.young@example.com&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    });
    const { docs } = (await found.json()) as {
      docs: Array<{ status: string; callBackBy?: string | null; callBackOverdue: boolean; outcome: string }>;
    };
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ status: 'keep-in-touch', outcome: 'not-eligible-now', callBackOverdue: false });
    expect(docs[0]!.callBackBy ?? null).toBeNull();
  });
});
