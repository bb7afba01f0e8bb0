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
