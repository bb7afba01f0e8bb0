import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGE_FOR_TEAM, WORDING } from '@bfp/eligibility';
import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/fixtures';
import { formWording } from '@bfp/eligibility-form/plain';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { paragraphsToRichText } from '@bfp/cms/rich-text';
import {
  getFromSite,
  axeViolations,
  axeViolationsOfNoScriptPage,
  axeViolationsWithoutJavaScript,
  launchBrowser,
  loginToken,
  signInToAdmin,
} from './helpers.ts';

/**
 * A carer on the sample bilingual council's Welsh site (seeded: Sir Enghraifft), in Chromium: the checker and the
 * enquiry in Welsh with JavaScript on and off, a Welsh acknowledgement, and the team told the carer prefers Welsh.
 * Every word it looks for comes from the wording files, so a change of translation does not break it.
 */
const cmsUrl = inject('cmsUrl');
const site = `http://sir-enghraifft.localhost:${inject('sitesPort')}`;
const say = formWording('cy');
const rules = WORDING.cy;
const POSTCODE = 'CF99 1SN';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const mailTo = (address: string) => {
  const mailDir = inject('mailDir');
  return fs.existsSync(mailDir)
    ? fs
        .readdirSync(mailDir)
        .map((file) => fs.readFileSync(path.join(mailDir, file), 'utf8'))
        .filter((mail) => mail.includes(`To: ${address}`))
    : [];
};

async function storedEnquiry(email: string) {
  const token = await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD);
  const response = await fetch(`${cmsUrl}/api/enquiries?where[contact.email][equals]=${email}&depth=1`, {
    headers: { Authorization: `JWT ${token}` },
  });
  return ((await response.json()) as { docs: Array<Record<string, any>> }).docs;
}

async function partnerIds(token: string, slugs: string[]): Promise<number[]> {
  const response = await fetch(`${cmsUrl}/api/partners?depth=0&limit=100`, {
    headers: { Authorization: `JWT ${token}` },
  });
  const { docs } = (await response.json()) as { docs: Array<{ id: number; slug: string }> };
  return slugs.map((slug) => docs.find((doc) => doc.slug === slug)!.id);
}

/** Chooses each answer of ELIGIBLE_ANSWERS on the island, one question a step, pressing the Welsh Continue. */
async function answerEachQuestion(page: Page) {
  for (const [name, value] of Object.entries(ELIGIBLE_ANSWERS)) {
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
    await page.getByRole('button', { name: say.continue, exact: true }).click();
  }
}

describe('a carer on a Welsh council’s Welsh site', () => {
  it('checks and enquires in Welsh with JavaScript on: the enquiry is filed in Welsh, the carer written to in it, the team told', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site}/cy/gwirio/`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel(rules.questions.postcode.question).fill(POSTCODE);
    await page.getByRole('button', { name: say.continue, exact: true }).click();
    await page.locator('input[name="age"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await answerEachQuestion(page);
    await page.getByRole('button', { name: say.result.leaveDetails }).click();
    await page.getByLabel(rules.contactFields.fullName.label).fill('Rhys Gofalwr');
    await page.getByLabel(rules.contactFields.email.label).fill('rhys.gofalwr@example.com');
    await page.getByLabel(rules.contactFields.phone.label).fill('029 2018 0999');
    await page.getByLabel(rules.consent.label).check();
    await page.getByRole('button', { name: say.continue, exact: true }).click();
    await page.getByRole('heading', { name: say.check.heading }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: say.check.send }).click();
    const reference = (await page.getByTestId('enquiry-reference').textContent({ timeout: 15_000 }))!.trim();
    expect(await axeViolations(page)).toEqual([]);

    const [enquiry] = await storedEnquiry('rhys.gofalwr@example.com');
    expect(enquiry).toMatchObject({ reference, language: 'cy', partner: { slug: 'sir-enghraifft' } });
    await expect.poll(() => mailTo('rhys.gofalwr@example.com').length, { timeout: 30_000 }).toBe(1);
    expect(mailTo('rhys.gofalwr@example.com')[0]).toContain(reference);
    await expect
      .poll(() => mailTo('fostering@sir-enghraifft.example').some((mail) => mail.includes(reference)), {
        timeout: 30_000,
      })
      .toBe(true);
    const teamMail = mailTo('fostering@sir-enghraifft.example').find((mail) => mail.includes(reference))!;
    expect(teamMail).toContain(LANGUAGE_FOR_TEAM.cy);

    // The team's list shows it.
    const admin = await signInToAdmin(await (await browser.newContext()).newPage(), {
      cmsUrl,
      email: 'editor@bfp.example',
    });
    await admin.goto(`${cmsUrl}/admin/collections/enquiries`);
    const row = admin.locator('tr', { hasText: reference });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain(LANGUAGE_FOR_TEAM.cy);
  });

  it('checks and enquires in Welsh with JavaScript off: one wrong field keeps every answer, in Welsh', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/cy/gwirio/`);
    expect(await axeViolationsWithoutJavaScript(browser, page.url())).toEqual([]);
    const form = page.locator('#plain-form');
    await form.getByLabel(rules.questions.postcode.question).fill(POSTCODE);
    for (const [name, value] of Object.entries(ELIGIBLE_ANSWERS))
      await form.locator(`input[name="${name}"][value="${value}"]`).check();
    await form.getByLabel(rules.contactFields.fullName.label).fill('Nia Heb Sgript');
    await form.getByLabel(rules.contactFields.email.label).fill('nia.hebsgript@example.com');
    await form.getByLabel(rules.contactFields.phone.label).fill('123');
    await form.getByLabel(rules.consent.label).check();
    await page.getByRole('button', { name: say.plain.send }).click();

    // The CMS's answer is a Welsh page: only the phone is wrong, and it says so in Welsh; every answer is kept.
    await page.locator('.error-summary').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('.error-summary__list li').allTextContents()).toEqual([
      rules.contactMessages.phone.invalid,
    ]);
    const kept = page.locator('#plain-form');
    expect(await kept.getByLabel(rules.questions.postcode.question).inputValue()).toBe(POSTCODE);
    for (const [name, value] of Object.entries(ELIGIBLE_ANSWERS))
      expect(await kept.locator(`input[name="${name}"][value="${value}"]`).isChecked(), name).toBe(true);
    expect(await kept.getByLabel(rules.contactFields.fullName.label).inputValue()).toBe('Nia Heb Sgript');
    expect(await axeViolationsOfNoScriptPage(browser, page)).toEqual([]);
    expect(await storedEnquiry('nia.hebsgript@example.com')).toHaveLength(0);

    await kept.getByLabel(rules.contactFields.phone.label).fill('029 2018 0998');
    await page.getByRole('button', { name: say.plain.send }).click();
    await page.locator('.panel__body strong').waitFor();
    const reference = (await page.locator('.panel__body strong').textContent())!.trim();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await axeViolationsOfNoScriptPage(browser, page)).toEqual([]);
    expect((await storedEnquiry('nia.hebsgript@example.com')).map((doc) => [doc.reference, doc.language])).toEqual([
      [reference, 'cy'],
    ]);
    await expect.poll(() => mailTo('nia.hebsgript@example.com').length, { timeout: 30_000 }).toBe(1);
    await context.close();
  });

  it('a mistyped Welsh address is answered with the Welsh 404 page; an English-only council answers its /cy/ in English', async () => {
    const port = inject('sitesPort');
    const welsh = await getFromSite(port, `sir-enghraifft.localhost:${port}`, '/cy/dim-tudalen/');
    expect(welsh.status).toBe(404);
    expect(welsh.body).toMatch(/<html lang="cy"/);
    const english = await getFromSite(port, `sir-enghraifft.localhost:${port}`, '/no-such-page/');
    expect(english.status).toBe(404);
    expect(english.body).toMatch(/<html lang="en-GB"/);
    const englishOnly = await getFromSite(port, `dudley.localhost:${port}`, '/cy/dim-tudalen/');
    expect(englishOnly.status).toBe(404);
    expect(englishOnly.body).toMatch(/<html lang="en-GB"/);
  });

  it('the allowances table gives each child’s age in Welsh on the Welsh page, and the same rates as the English one', async () => {
    const port = inject('sitesPort');
    const welsh = await getFromSite(port, `sir-enghraifft.localhost:${port}`, '/cy/lwfansau-a-ffioedd/');
    const english = await getFromSite(port, `sir-enghraifft.localhost:${port}`, '/allowances-and-fees/');
    expect([welsh.status, english.status]).toEqual([200, 200]);
    expect(welsh.body).toContain('16 a hŷn');
    expect(welsh.body).not.toContain('16 and over');
    expect(english.body).toContain('16 and over');
    const rates = (body: string) => [...body.matchAll(/£(\d[\d,.]*)/g)].map((m) => m[1]);
    expect(rates(welsh.body)).toEqual(rates(english.body));
    expect(rates(welsh.body).length).toBeGreaterThan(0);
  });

  it('an editor adds Welsh to a story in the admin, and the Welsh site shows it (the English one on that site too)', async () => {
    const port = inject('sitesPort');
    const fromSite = (pathname: string) => getFromSite(port, `sir-enghraifft.localhost:${port}`, pathname);
    const token = await loginToken(cmsUrl, 'editor@bfp.example', DEMO_PASSWORD);
    const created = await fetch(`${cmsUrl}/api/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'A story to translate',
        summary: 'Written in English first.',
        body: paragraphsToRichText(['In English.']),
        // Only the two councils it is about: every other site's rebuild would only slow the tests after it.
        shownOn: 'chosen',
        partners: await partnerIds(token, ['dudley', 'sir-enghraifft']),
        safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
        _status: 'published',
      }),
    });
    expect(created.status).toBe(201);
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } };
    // Live on an English council at once; not on the bilingual one, which shows only what is in both languages.
    await expect
      .poll(async () => (await getFromSite(port, `dudley.localhost:${port}`, `/stories/${doc.slug}/`)).status, {
        timeout: 120_000,
        interval: 1000,
      })
      .toBe(200);
    expect((await fromSite(`/stories/${doc.slug}/`)).status).toBe(404);

    const page = await signInToAdmin(
      await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage(),
      {
        cmsUrl,
        email: 'editor@bfp.example',
      },
    );
    await page.goto(`${cmsUrl}/admin/collections/stories/${doc.id}?locale=cy`);
    await page.getByLabel('Title').fill('Stori i’w chyfieithu');
    await page.getByLabel('Summary').fill('Wedi’i hysgrifennu yn Saesneg yn gyntaf.');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Yn Gymraeg hefyd.');
    await page.getByRole('button', { name: 'Publish changes' }).click();
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/);
    await expect
      .poll(
        async () =>
          (
            (await (
              await fetch(`${cmsUrl}/api/stories/${doc.id}?locale=cy&fallback-locale=none&depth=0`, {
                headers: { Authorization: `JWT ${token}` },
              })
            ).json()) as { writtenIn?: string[] }
          ).writtenIn,
        { timeout: 30_000 },
      )
      .toEqual(['en', 'cy']);
    const welsh = (await (
      await fetch(`${cmsUrl}/api/stories/${doc.id}?locale=cy&fallback-locale=none&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { slug: string };
    await expect
      .poll(async () => (await fromSite(`/cy/straeon/${welsh.slug}/`)).body, { timeout: 120_000, interval: 1000 })
      .toContain('Stori i’w chyfieithu');
    expect((await fromSite(`/stories/${doc.slug}/`)).status).toBe(200);
    // The admin keeps the language an editor last worked in, for their next sign-in too: back to English, as the other
    // tests that sign in as this editor expect.
    await page.goto(`${cmsUrl}/admin/collections/stories/${doc.id}?locale=en`);
    await page.getByLabel('Title').waitFor();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('A story to translate');
  });
});
