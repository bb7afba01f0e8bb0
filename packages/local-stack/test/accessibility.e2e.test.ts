import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, axeViolationsWithoutJavaScript, launchBrowser } from './helpers.ts';

const port = inject('sitesPort');
const PAGES = [
  '/',
  '/check/',
  '/stories/tegans-story/',
  '/stories/maliks-story/',
  '/step-down-fostering/',
  '/support-bridge-to-foster/',
  '/allowances-and-fees/',
  '/from-enquiry-to-approval/',
  '/privacy/',
  '/accessibility/',
  '/no-such-page/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every page of every partner site meets WCAG 2.2 AA (axe-core)', () => {
  for (const slug of Object.keys(inject('siteOutDirs'))) {
    it.each(PAGES)(`${slug}%s has zero axe violations`, async (pathname) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://${slug}.localhost:${port}${pathname}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
    it(`${slug}/check/ without JavaScript (the plain form) has zero axe violations`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`http://${slug}.localhost:${port}/check/`);
      expect(await page.locator('#plain-form').isVisible()).toBe(true);
      await context.close();
      expect(await axeViolationsWithoutJavaScript(browser, `http://${slug}.localhost:${port}/check/`)).toEqual([]);
    });
  }
});

/** A bilingual site's Welsh pages, as built (every one, whatever the seed's Welsh slugs are), and its Welsh 404. */
function welshPages(dir: string): string[] {
  const welsh = path.join(dir, 'cy');
  if (!fs.existsSync(welsh)) return [];
  return [
    ...fs
      .readdirSync(welsh, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map((entry) => `/${path.relative(dir, entry.parentPath)}/`)
      .sort(),
    '/cy/dim-tudalen/',
  ];
}

describe('every Welsh page of a bilingual site meets WCAG 2.2 AA too', () => {
  for (const [slug, dir] of Object.entries(inject('siteOutDirs'))) {
    const pages = welshPages(dir);
    if (!pages.length) continue;
    it(`${slug} has its Welsh pages`, () => {
      expect(pages).toEqual(expect.arrayContaining(['/cy/', '/cy/gwirio/', '/cy/preifatrwydd/', '/cy/hygyrchedd/']));
    });
    it.each(pages)(`${slug}%s has zero axe violations`, async (pathname) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://${slug}.localhost:${port}${pathname}`);
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
    it(`${slug}/cy/gwirio/ without JavaScript (the plain form) has zero axe violations`, async () => {
      expect(await axeViolationsWithoutJavaScript(browser, `http://${slug}.localhost:${port}/cy/gwirio/`)).toEqual([]);
    });
  }
});
