import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, ELIGIBLE_ANSWERS, launchBrowser } from './helpers.ts';

const siteUrl = (slug: string) => `http://${slug}.localhost:${inject('sitesPort')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the right council, everywhere', () => {
  it("a Staffordshire postcode on Dudley's checker sends the carer to Staffordshire's", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl('dudley')}/check/`);
    await page.waitForSelector('astro-island:not([ssr])');
    // Dudley's own example, not another council's.
    expect(await page.locator('#postcode-hint').textContent()).toContain('For example, DY1 1AA.');
    await page.getByLabel('What is your postcode?').fill('ST16 3AA');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Staffordshire County Council covers your postcode' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Check if you could foster with Staffordshire' }).click();
    await page.waitForURL(`${siteUrl('staffordshire')}/check/`);
  });

  it('the plain form files such an enquiry with Staffordshire', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${siteUrl('dudley')}/check/`);
    const form = page.locator('#plain-form');
    await form.getByLabel('What is your postcode?').fill('ST16 3AA');
    const answers = Object.entries(ELIGIBLE_ANSWERS);
    for (const [name, value] of answers) await form.locator(`input[name="${name}"][value="${value}"]`).check();
    await form.getByLabel('Full name').fill('Sasha Elsewhere');
    await form.getByLabel('Email address').fill('sasha.elsewhere@example.com');
    await form.getByLabel('Phone number').fill('01632 960 555');
    await form.getByLabel('I agree to be contacted about fostering').check();
    await form.getByRole('button', { name: 'Send my enquiry' }).click();
    await page.getByRole('heading', { name: 'Thank you, we have your details' }).waitFor();
    expect(await page.getByText('Someone from Staffordshire’s fostering team will call you').count()).toBe(1);
    const shown = (await page.locator('.panel__body strong').textContent())!.trim();
    const token = await (await import('./helpers.ts')).loginToken(inject('cmsUrl'), 'admin@bfp.example');
    const found = await fetch(
      `${inject('cmsUrl')}/api/enquiries?where[contact.email][equals]=sasha.elsewhere@example.com&depth=1`,
      { headers: { Authorization: `JWT ${token}` } },
    );
    const { docs } = (await found.json()) as { docs: Array<{ reference: string; partner: { slug: string } }> };
    expect(docs.map((doc) => doc.partner.slug)).toEqual(['staffordshire']);
    expect(docs[0]!.reference).toMatch(/^STAF-/);
    expect(shown).toBe(docs[0]!.reference);
  });
});
