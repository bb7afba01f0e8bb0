import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './helpers.ts';

const port = inject('sitesPort');
const umbrella = `http://big-fostering-partnership.localhost:${port}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The finder as a browser without JavaScript uses it: a plain form, answered by the CMS with a redirect. */
async function finder(javaScriptEnabled = false): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await page.goto(umbrella);
  return page;
}

async function find(postcode: string, javaScriptEnabled = false): Promise<Page> {
  const page = await finder(javaScriptEnabled);
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find my local team' }).click();
  await page.waitForLoadState('load');
  return page;
}

describe("the partnership's own site routes visitors by postcode, with or without JavaScript", () => {
  it('sends DY1 1HF to the Dudley site and ST16 3AA to the Staffordshire site', async () => {
    const dudley = await find('DY1 1HF');
    await dudley.waitForURL(`http://dudley.localhost:${port}/`);
    expect(await dudley.getByTestId('lockup').textContent()).toContain('Dudley');
    const staffordshire = await find('st16 3aa', true);
    await staffordshire.waitForURL(`http://staffordshire.localhost:${port}/`);
    expect(await staffordshire.getByTestId('lockup').textContent()).toContain('Staffordshire County Council');
  });

  it('loads no JavaScript at all on its home page', async () => {
    const page = await (await browser.newContext()).newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(umbrella);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    // Data blocks (JSON-LD for search engines) are not scripts a browser runs; any other script element is.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
  });

  it('answers a postcode outside every council’s area helpfully, with Fosterline and the councils', async () => {
    const page = await find('DY10 1AA');
    await page.waitForURL(`${umbrella}find/outside/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'No council in the partnership covers your postcode yet',
    );
    expect(await page.textContent('main')).toContain('0800 040 7675');
    expect(await page.getByRole('link', { name: 'Dudley Metropolitan Borough Council' }).count()).toBeGreaterThan(0);
    const withJs = await (await browser.newContext()).newPage();
    await withJs.goto(page.url());
    expect(await axeViolations(withJs)).toEqual([]);
  });

  it('explains a postcode that is not one with an error summary linked to the field', async () => {
    const page = await find('rubbish');
    await page.waitForURL(`${umbrella}find/invalid/`);
    expect(await page.getByRole('link', { name: 'Enter a real UK postcode, like ST16 3AA' }).count()).toBe(1);
    expect(await page.title()).toMatch(/^Error: /);
    const withJs = await (await browser.newContext()).newPage();
    await withJs.goto(page.url());
    expect(await axeViolations(withJs)).toEqual([]);
  });
});
