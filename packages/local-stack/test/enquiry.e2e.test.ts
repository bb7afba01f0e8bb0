import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  answerByMouse,
  axeViolations,
  axeViolationsOfNoScriptPage,
  axeViolationsWithoutJavaScript,
  ELIGIBLE_ANSWERS,
  launchBrowser,
  loginToken,
  signInToAdmin,
} from './helpers.ts';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';

const cmsUrl = inject('cmsUrl');
const siteUrl = (slug: string) => `http://${slug}.localhost:${inject('sitesPort')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  // A fresh context per test: @axe-core/playwright needs pages from browser.newContext().
  const context = await browser.newContext();
  return context.newPage();
}

describe('a prospective carer on their local site', () => {
  it('answers by keyboard and mouse, sees reasons, enquires, and the enquiry lands attributed to that partner', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl('dudley')}/check/`);
    await page.waitForSelector('astro-island:not([ssr])');

    // Continue with nothing entered: the error summary appears and takes focus.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')))
      .toBe(true);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);

    // The summary links to the field.
    await page.getByRole('link', { name: 'Enter your postcode' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('postcode');

    // Keyboard only for the first questions: type, Enter; arrow keys choose a radio, Space selects it.
    await page.keyboard.type('dy1 1aa');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Are you 21 or over?');
    expect(await page.title()).not.toMatch(/^Error: /);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByText('Do you have a spare bedroom').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Mouse for the rest.
    const clicks = [
      'Yes',
      'Yes, I am a British or Irish citizen',
      'I rent privately and have not asked my landlord yet',
      'No',
      'No',
      'Yes, one of us is usually at home',
      'Yes, ordinary household pets',
      'Yes',
    ];
    await answerByMouse(page, clicks);

    // The result names the reason (renting needs the landlord's agreement) and offers a way on.
    await page.getByRole('heading', { name: 'You may be able to foster: talk to us first' }).waitFor();
    await expect.poll(() => page.getByText('your landlord will need to agree').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Leave your details' }).click();

    // The postcode is not asked again (answers carry over); consent is required.
    expect(await page.getByLabel(/postcode/i).count()).toBe(0);
    await page.getByLabel('Full name').fill('Robin Carer');
    await page.getByLabel('Email address').fill('robin@example.com');
    await page.getByLabel('Phone number').fill('07700 900 982');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Confirm that you agree to be contacted about fostering' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('I agree to be contacted about fostering').check();
    // The separate opt-in to e-mails is unticked until the carer ticks it.
    const updates = page.getByLabel(/^E-mail me about information events and carers’ stories from Dudley/);
    expect(await updates.isChecked()).toBe(false);
    await updates.check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Check your answers: everything once more, each with a Change link that comes back here.
    await page.getByRole('heading', { name: 'Check your answers before sending your enquiry' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const petsRow = page.locator('.summary-list__row', { hasText: 'Do you have any pets?' });
    expect(await petsRow.locator('dd').first().textContent()).toBe('Yes, ordinary household pets');
    await page.getByRole('button', { name: 'Change your answer to: Do you have any pets?' }).click();
    await page.getByLabel('No pets').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your answers before sending your enquiry' }).waitFor();
    expect(await petsRow.locator('dd').first().textContent()).toBe('No pets');
    expect(await page.getByText('robin@example.com').count()).toBe(1);

    // An impatient double click files one enquiry.
    await page.getByRole('button', { name: 'Accept and send' }).dblclick();

    const reference = (await page.getByTestId('enquiry-reference').textContent({ timeout: 15_000 }))!.trim();
    expect(reference).toMatch(/^DUDL-[0-9A-Z]{6}$/);
    expect(await page.getByText('01632 960 202').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // The enquiry is in the ONE collection, attributed to Dudley, with the server's own outcome.
    const token = await loginToken(cmsUrl, 'editor@bfp.example', DEMO_PASSWORD);
    const response = await fetch(`${cmsUrl}/api/enquiries?where[reference][equals]=${reference}&depth=1`, {
      headers: { Authorization: `JWT ${token}` },
    });
    const { docs } = (await response.json()) as { docs: Array<Record<string, any>> };
    expect(docs).toHaveLength(1);
    expect(docs[0]!.partner.slug).toBe('dudley');
    expect(docs[0]!.sourceSite).toBe(siteUrl('dudley'));
    expect(docs[0]!.outcome).toBe('talk-to-us');
    expect(docs[0]!.answers).toMatchObject({ postcode: 'DY1 1AA', home: 'private-rent', age: 'yes', pets: 'none' });
    const sameCarer = await fetch(`${cmsUrl}/api/enquiries?where[contact.email][equals]=robin@example.com`, {
      headers: { Authorization: `JWT ${token}` },
    });
    expect(((await sameCarer.json()) as { totalDocs: number }).totalDocs).toBe(1);
    expect(docs[0]!.contact.fullName).toBe('Robin Carer');
    expect(docs[0]!.consent.given).toBe(true);
    expect(docs[0]!.emailUpdates).toMatchObject({
      given: true,
      wording: 'E-mail me about information events and carers’ stories from Dudley Metropolitan Borough Council',
    });

    // The partner's team is e-mailed by a job after the enquiry is stored; locally the mail is an .eml file.
    const mailDir = inject('mailDir');
    const mailFor = () =>
      fs.existsSync(mailDir)
        ? fs
            .readdirSync(mailDir)
            .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
            .find((m) => m.includes(reference))
        : undefined;
    await expect.poll(mailFor, { timeout: 30_000 }).toBeDefined();
    expect(mailFor()).toContain('To: fostering@dudley.example.org');

    // A marketing editor sees it in the admin.
    const admin = await signInToAdmin(await newPage(), { cmsUrl, email: 'editor@bfp.example' });
    await admin.goto(`${cmsUrl}/admin/collections/enquiries`);
    await admin.getByText(reference).waitFor({ timeout: 30_000 });
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, matches: (el: { id: string; text: string; tag: string }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => ({
      id: document.activeElement?.id ?? '',
      text: document.activeElement?.textContent?.trim() ?? '',
      tag: document.activeElement?.tagName ?? '',
    }));
    if (matches(el)) return;
  }
  throw new Error('Tab never reached the element');
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('a carer using only the keyboard', () => {
  it('completes the whole checker and enquiry, with zero axe violations on every step', async () => {
    const page = await newPage();
    await page.goto(`${siteUrl('staffordshire')}/check/`);
    await page.waitForSelector('astro-island:not([ssr])');
    expect(await axeViolations(page)).toEqual([]);
    // One checker page at a time: the heading and introduction on the first step only, a title per step.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check if you could foster');
    await expect
      .poll(() => page.title())
      .toBe(
        'Question 1 of 10: What is your postcode? – Check if you could foster | Staffordshire fostering with the Big Fostering Partnership',
      );

    await tabTo(page, (el) => el.id === 'postcode');
    await page.keyboard.type('ST16 3AA');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.title())
      .toMatch(/^Question 2 of 10: Are you 21 or over\? – Check if you could foster \| Staffordshire/);
    expect(await page.locator('.lead').count()).toBe(0);
    // Each question: focus moves to it (now the page's main heading); Tab to the first answer, Space chooses it, Enter continues.
    for (let step = 0; step < 9; step++) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => focusedText(page)).toBe('You may be able to foster');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (el) => el.text === 'Leave your details');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedText(page)).toBe('Your contact details');
    await tabTo(page, (el) => el.id === 'contact-fullName');
    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kim.keyboard@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('01632 960 123');
    await tabTo(page, (el) => el.id === 'contact-consent');
    await page.keyboard.press('Space');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (el) => el.id === 'contact-submit');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedText(page)).toBe('Check your answers before sending your enquiry');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (el) => el.id === 'send-enquiry');
    await page.keyboard.press('Enter');

    const reference = (await page.getByTestId('enquiry-reference').textContent({ timeout: 15_000 }))!.trim();
    expect(reference).toMatch(/^STAF-[0-9A-Z]{6}$/);
    expect(await focusedText(page)).toBe('Thank you, we have your details');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a carer with JavaScript switched off', () => {
  it('gets the same questions as a plain form; one wrong field keeps every answer; the confirmation shows the reference', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const site = siteUrl('dudley');
    await page.goto(`${site}/check/`);
    expect(await page.locator('#plain-form').isVisible()).toBe(true);
    expect(await page.locator('.js-only').isVisible()).toBe(false);
    expect(await axeViolationsWithoutJavaScript(browser, page.url())).toEqual([]);
    const form = page.locator('#plain-form');
    const answers = Object.entries(ELIGIBLE_ANSWERS);
    await form.getByLabel('What is your postcode?').fill('DY1 1AA');
    for (const [name, value] of answers) await form.locator(`input[name="${name}"][value="${value}"]`).check();
    await form.getByLabel('Full name').fill('Noor No-Script');
    await form.getByLabel('Email address').fill('noor.noscript@example.com');
    // A phone number the browser lets through but the CMS refuses.
    await form.getByLabel('Phone number').fill('123');
    await form.getByLabel('Afternoon').check();
    await form.getByLabel('I agree to be contacted about fostering').check();
    const updates = /^E-mail me about information events and carers’ stories from Dudley/;
    expect(await form.getByLabel(updates).isChecked()).toBe(false);
    await form.getByLabel(updates).check();
    await page.getByRole('button', { name: 'Send my enquiry' }).click();

    // The CMS's answer, in Dudley's branding: only the phone is wrong, and every other answer is still there.
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.error-summary__list li').allTextContents()).toEqual([
      expect.stringMatching(/phone number/i),
    ]);
    expect(await page.locator('.form-group--error').count()).toBe(1);
    expect(
      await page.getByRole('img', { name: 'Dudley Metropolitan Borough Council: fostering home page' }).isVisible(),
    ).toBe(true);
    // The theme's stylesheet applied under the page's own CSP: the honeypot is moved off-screen. Polled: the heading
    // is in the DOM before the stylesheet has loaded, and under a busy CPU a layout in between puts it on-screen.
    await expect
      .poll(async () => (await page.locator('.honeypot').boundingBox())?.x, { timeout: 15_000 })
      .toBeLessThan(0);
    const kept = page.locator('#plain-form');
    expect(await kept.getByLabel('What is your postcode?').inputValue()).toBe('DY1 1AA');
    for (const [name, value] of answers)
      expect(await kept.locator(`input[name="${name}"][value="${value}"]`).isChecked()).toBe(true);
    expect(await kept.getByLabel('Full name').inputValue()).toBe('Noor No-Script');
    expect(await kept.getByLabel('Email address').inputValue()).toBe('noor.noscript@example.com');
    expect(await kept.getByLabel('Phone number').inputValue()).toBe('123');
    expect(await kept.getByLabel('Afternoon').isChecked()).toBe(true);
    expect(await kept.getByLabel('I agree to be contacted about fostering').isChecked()).toBe(true);
    expect(await kept.getByLabel(updates).isChecked()).toBe(true);
    expect(await axeViolationsOfNoScriptPage(browser, page)).toEqual([]);
    const token = await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD);
    const stored = async () =>
      (
        (await (
          await fetch(`${cmsUrl}/api/enquiries?where[contact.email][equals]=noor.noscript@example.com`, {
            headers: { Authorization: `JWT ${token}` },
          })
        ).json()) as {
          docs: Array<{
            reference: string;
            sourceSite: string;
            contact: { callTime: string };
            emailUpdates: { given: boolean };
          }>;
        }
      ).docs;
    expect(await stored()).toHaveLength(0);

    // The summary's link leads to the field; correct it and send again.
    await page.getByRole('link', { name: /phone number/i }).click();
    expect(new URL(page.url()).hash).toBe('#plain-phone');
    await kept.getByLabel('Phone number').fill('01384 812 345');
    await page.getByRole('button', { name: 'Send my enquiry' }).click();
    await page.getByRole('heading', { name: 'Thank you, we have your details' }).waitFor();
    expect(await page.getByText('Your result: You may be able to foster').count()).toBe(1);
    const reference = (await page.locator('.panel__body strong').textContent())!.trim();
    expect(reference).toMatch(/^DUDL-/);
    expect(await axeViolationsOfNoScriptPage(browser, page)).toEqual([]);
    const docs = await stored();
    expect(docs.map((d) => [d.reference, d.sourceSite, d.contact.callTime, d.emailUpdates.given])).toEqual([
      [reference, site, 'afternoon', true],
    ]);
    // Every link leads back to Dudley's own site.
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    expect(page.url()).toBe(`${site}/`);

    // The carer is e-mailed the same reference.
    const mailDir = inject('mailDir');
    const mailTo = () =>
      fs.existsSync(mailDir)
        ? fs
            .readdirSync(mailDir)
            .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
            .find((m) => m.includes('To: noor.noscript@example.com'))
        : undefined;
    await expect.poll(mailTo, { timeout: 30_000 }).toBeDefined();
    expect(mailTo()).toContain(reference);
    await context.close();
  });

  it('gets the CMS’s answer in the site’s own page shell: the same doctype, head start, skip link, lockup and footer, byte for byte', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const site = siteUrl('dudley');
    const built = await (await page.goto(`${site}/check/`))!.text();
    const form = page.locator('#plain-form');
    await form.getByLabel('What is your postcode?').fill('DY1 1AA');
    for (const [name, value] of Object.entries(ELIGIBLE_ANSWERS))
      await form.locator(`input[name="${name}"][value="${value}"]`).check();
    await form.getByLabel('Full name').fill('Sam Shell');
    await form.getByLabel('Email address').fill('sam.shell@example.com');
    // Refused, so nothing is stored: the answer is the form again, in the partner's shell.
    await form.getByLabel('Phone number').fill('123');
    await form.getByLabel('I agree to be contacted about fostering').check();
    const [reply] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send my enquiry' }).click(),
    ]);
    expect(reply.status()).toBe(400);
    // The CMS's page links back to the site by its origin; the site's own links are site-relative.
    const answered = (await reply.text()).replaceAll(`href="${site}/`, 'href="/');
    const shell = [
      /^<!DOCTYPE html><html lang="en-GB" data-theme="[^"]+"><head><meta charset="utf-8"><meta name="viewport"[^>]*>/,
      /<a class="skip-link"[^>]*>[^<]*<\/a>/,
      /<p class="lockup"[^>]*>.*?<\/p>/,
      /<footer class="site-footer">.*<\/footer><\/body><\/html>$/,
    ];
    for (const piece of shell) {
      const fromSite = piece.exec(built)?.[0];
      expect(fromSite, String(piece)).toBeDefined();
      expect(piece.exec(answered)?.[0], String(piece)).toBe(fromSite);
    }
    await context.close();
  });
});

describe('the CMS API against the running server', () => {
  it('refuses anonymous reads of enquiries over REST and GraphQL', async () => {
    expect((await fetch(`${cmsUrl}/api/enquiries`)).status).toBe(403);
    const response = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Enquiries { docs { reference contact { email } } } }' }),
    });
    const body = (await response.json()) as { data?: { Enquiries: unknown }; errors?: unknown[] };
    expect(body.data?.Enquiries ?? null).toBeNull();
    expect(body.errors?.length ?? 0).toBeGreaterThan(0);
  });
});
