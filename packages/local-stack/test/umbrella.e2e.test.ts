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

async function finder(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(umbrella);
  await page.waitForSelector('astro-island:not([ssr])');
  return page;
}

describe("the partnership's own site routes visitors by postcode", () => {
  it('sends ST16 3AA to the Staffordshire site', async () => {
    const page = await finder();
    await page.getByLabel('Your postcode').fill('st16 3aa');
    await page.getByRole('button', { name: 'Find my local team' }).click();
    await page.waitForURL(`http://staffordshire.localhost:${port}/`);
    expect(await page.getByTestId('lockup').textContent()).toContain('Staffordshire County Council');
  });

  it('answers a postcode outside every council’s area helpfully, with Fosterline and the nearest partner', async () => {
    const page = await finder();
    await page.getByLabel('Your postcode').fill('DY10 1AA');
    await page.getByRole('button', { name: 'Find my local team' }).click();
    const result = page.getByTestId('finder-result');
    await expect.poll(() => result.textContent()).toContain('No council in the partnership covers DY10 yet');
    expect(await result.textContent()).toContain('0800 040 7675');
    expect(await result.getByRole('link', { name: 'Dudley Metropolitan Borough Council' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('explains a postcode that is not one, with the error summary taking focus', async () => {
    const page = await finder();
    await page.getByLabel('Your postcode').fill('rubbish');
    await page.getByRole('button', { name: 'Find my local team' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.getByRole('link', { name: 'Enter a real UK postcode, like ST16 3AA' }).count()).toBe(1);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);
  });
});
