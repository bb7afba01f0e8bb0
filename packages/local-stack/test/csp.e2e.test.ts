import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answerByMouse, launchBrowser } from './helpers.ts';
import { openWithPolicy as open, startCspSiteServer, type CspSiteServer } from './cspSiteServer.ts';
import { filesUnder, metaCsp, unhashedInlineCode } from './builtFiles.ts';

const cmsUrl = inject('cmsUrl');
const port = inject('sitesPort');
const outDirs = inject('siteOutDirs');
const siteUrl = (slug: string) => `http://${slug}.localhost:${port}`;
const PAGE_TYPES = [
  '/',
  '/check/',
  '/stories/tegans-story/',
  '/step-down-fostering/',
  '/support-bridge-to-foster/',
  '/privacy/',
  '/accessibility/',
  '/no-such-page/',
];

let browser: Browser;
let server: CspSiteServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startCspSiteServer({ siteDirs: outDirs, cmsOrigin: cmsUrl });
});
afterAll(async () => {
  server?.close();
  await browser?.close();
});
const openWithPolicy = (options?: { javaScriptEnabled?: boolean }) => open({ browser, server, port, ...options });

describe('every page of every partner site under both halves of the Content-Security-Policy', () => {
  it('is served with the header half and carries its own meta half', async () => {
    const { page } = await openWithPolicy();
    const response = await page.goto(`${siteUrl('dudley')}/`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const meta = metaCsp(await page.content());
    expect(meta['default-src']).toEqual(["'self'"]);
    expect(meta['script-src']).toContain("'self'");
    await page.context().close();
  });

  for (const slug of Object.keys(outDirs)) {
    it.each(PAGE_TYPES)(`${slug}%s loads without a single violation`, async (pathname) => {
      const { page, violations } = await openWithPolicy();
      await page.goto(`${siteUrl(slug)}${pathname}`, { waitUntil: 'load' });
      if (await page.locator('astro-island').count()) await page.waitForSelector('astro-island:not([ssr])');
      expect(await violations()).toEqual([]);
      await page.context().close();
    });
  }

  it('holds a hash for every inline script, style and style attribute, on every page of every site', () => {
    // A browser does not check inline code that comes before the meta element, so the files themselves are checked.
    const problems = Object.entries(outDirs).flatMap(([slug, dir]) =>
      filesUnder(dir)
        .filter((file) => file.endsWith('.html'))
        .flatMap((file) =>
          unhashedInlineCode(fs.readFileSync(path.join(dir, file), 'utf8')).map(
            (problem) => `${slug}/${file}: ${problem}`,
          ),
        ),
    );
    expect(problems).toEqual([]);
  });

  it('lets the checker hydrate, run and send an enquiry to the CMS', async () => {
    const { page, violations } = await openWithPolicy();
    await page.goto(`${siteUrl('dudley')}/check/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel('What is your postcode?').fill('DY1 1AA');
    await page.getByRole('button', { name: 'Continue' }).click();
    const answers = [
      'Yes',
      'Yes',
      'Yes, I am a British or Irish citizen',
      'I rent privately and have not asked my landlord yet',
      'No',
      'No',
      'Yes, one of us is usually at home',
      'No pets',
      'Yes',
    ];
    await answerByMouse(page, answers);
    await page.getByRole('button', { name: 'Leave your details' }).click();
    await page.getByLabel('Full name').fill('Casey Policy');
    await page.getByLabel('Email address').fill('casey.policy@example.com');
    await page.getByLabel('Phone number').fill('07700 900 411');
    await page.getByLabel('I agree to be contacted about fostering').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Accept and send' }).click();
    const reference = (await page.getByTestId('enquiry-reference').textContent({ timeout: 15_000 }))!.trim();
    expect(reference).toMatch(/^DUDL-[0-9A-Z]{6}$/);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("lets the partnership's postcode finder send a visitor to their council's site", async () => {
    const { page, violations } = await openWithPolicy();
    await page.goto(`${siteUrl('big-fostering-partnership')}/`);
    // A plain form to the CMS, whose redirect to a page on this site sends the visitor on (form-action allows both).
    await page.getByLabel('Your postcode').fill('ST16 3AA');
    await page.getByRole('button', { name: 'Find my local team' }).click();
    await page.waitForURL(`${siteUrl('staffordshire')}/`);
    expect(await page.getByTestId('lockup').textContent()).toContain('Staffordshire County Council');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('shows the plain form without JavaScript, its no-script style allowed', async () => {
    const { page, violations } = await openWithPolicy({ javaScriptEnabled: false });
    await page.goto(`${siteUrl('dudley')}/check/`);
    expect(await page.locator('#plain-form').isVisible()).toBe(true);
    expect(await page.locator('.js-only').isVisible()).toBe(false);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
