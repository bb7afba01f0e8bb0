import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, formSettled, getFromSite, launchBrowser, signInToAdmin } from './helpers.ts';

const cmsUrl = inject('cmsUrl');
const port = inject('sitesPort');
const TITLE = 'What Step Down carers receive';
const SLUG = 'what-step-down-carers-receive';
const siteUrl = (slug: string, path = '/') => `http://${slug}.localhost:${port}${path}`;
const fromSite = (slug: string, path: string) => getFromSite(port, `${slug}.localhost:${port}`, path);

/** The links of a page's main navigation, as its markup has them. */
const navHrefs = (html: string) => {
  const nav = /<nav class="site-nav" aria-label="Main">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map(([, href]) => href);
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * Picks each of `options` in one of Payload's select boxes (react-select), found by its field's id, as a person does:
 * type, then click. A pick counts once the box shows it; a click that lands while the menu re-renders under a busy CMS
 * is lost, so a pick not shown is made again (a field that appears only after the pick, such as the partners list
 * after "Chosen partners only", otherwise waits for nothing).
 */
async function choose(page: Page, fieldId: string, ...options: string[]) {
  const field = page.locator(`#${fieldId}`);
  const input = field.locator('input.rs__input');
  for (const option of options) {
    const shown = field.locator('.rs__control').filter({ hasText: option });
    for (let attempt = 1; ; attempt++) {
      await formSettled(page);
      await input.click();
      await input.pressSequentially(option);
      await page.locator('.rs__option', { hasText: option }).first().click();
      const picked = await shown.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (picked) break;
      if (attempt === 3) throw new Error(`${fieldId}: "${option}" was clicked three times and is still not chosen`);
      await page.keyboard.press('Escape');
    }
  }
  await formSettled(page);
}

/** Adds a block of the kind labelled `label` to the end of the page's layout through the block picker, and waits for its fields. */
async function addBlock(page: Page, label: string) {
  await formSettled(page);
  const index = await page.locator('[id^="layout-row-"]').count();
  await page.getByRole('button', { name: 'Add Layout' }).click();
  const drawer = page.locator('.drawer__content');
  await drawer.getByRole('button', { name: label, exact: true }).click();
  await drawer.waitFor({ state: 'hidden' });
  const row = page.locator(`#layout-row-${index}`);
  await row.waitFor();
  // The row shows a shimmer until the server has built its fields.
  await expect.poll(() => row.locator('.shimmer-effect').count(), { timeout: 30_000 }).toBe(0);
}

/** The allowance rows of the page's allowances table: age band, allowance, fee. */
const allowanceRows = (html: string) => {
  const table = /<section class="allowances"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [
    ...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td[^>]*>([^<]+)<\/td><td[^>]*>([^<]+)<\/td><\/tr>/g),
  ].map(([, age, allowance, fee]) => [age, allowance, fee]);
};

describe('an editor composes a page from blocks in the admin', () => {
  it(
    'previews it as Dudley, publishes it, and both chosen councils show it in their navigation with their own allowances',
    { timeout: 480_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
      const page = await signInToAdmin(await context.newPage(), { cmsUrl, email: 'editor@bfp.example' });
      await page.goto(`${cmsUrl}/admin/collections/pages/create`);
      await page.getByLabel('Title').fill(TITLE);
      await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe(SLUG);
      await page
        .getByLabel('Summary')
        .fill('What a Step Down foster carer is paid each week, and what support comes with it.');

      await addBlock(page, 'Key figure');
      await page.locator('#field-layout__0__figure').fill('85%');
      await page
        .locator('#field-layout__0__label')
        .fill('of children placed through Bridge to Foster were still with their carers a year on (sample figure).');
      await page.locator('#field-layout__0__source').fill('Sample source for this demonstration site');

      await addBlock(page, 'Allowances and fees table');
      await page.locator('#field-layout__1__intro').fill('Every council sets its own rates.');

      await addBlock(page, 'Quote');
      await page.locator('#field-layout__2__text').fill('The allowance meant I could give up my evening shifts.');
      await page.locator('#field-layout__2__attribution').fill('A Step Down foster carer');

      await addBlock(page, 'Call to action');
      await page.locator('#field-layout__3__heading').fill('Could you foster?');

      await choose(page, 'field-shownOn', 'Chosen partners only');
      await choose(page, 'field-partners', 'Dudley', 'Staffordshire');
      await page.getByLabel('Show in the site’s navigation').check();
      await page.locator('#field-navigationOrder').fill('7');

      await formSettled(page);
      await page.getByRole('button', { name: 'Save Draft' }).click();
      await page.waitForURL(/\/admin\/collections\/pages\/\d+$/, { timeout: 30_000 });
      const id = /\/pages\/(\d+)$/.exec(page.url())![1]!;

      // A draft: nothing on the live sites yet.
      expect((await fromSite('dudley', `/${SLUG}/`)).status).toBe(404);

      // Preview as Dudley: the draft, on Dudley's own preview site, with Dudley's rates.
      const preview = await context.newPage();
      await preview.goto(`${cmsUrl}/api/pages/preview?id=${id}`);
      // The CMS may be busy with the builds earlier tests queued: as long as the preview build below may take.
      await preview.getByRole('link', { name: 'Dudley Metropolitan Borough Council' }).click({ timeout: 120_000 });
      await preview.waitForURL(`http://preview-dudley.localhost:${port}/${SLUG}/`, { timeout: 120_000 });
      expect(await preview.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
      expect(await preview.getByText('Preview: this page includes unpublished drafts').count()).toBe(1);
      expect(allowanceRows(await preview.content())[0]).toEqual(['0 to 4', '£175', '£250']);
      await preview.close();

      await page.getByRole('button', { name: 'Publish changes' }).click();
      await page
        .getByText(/published successfully|Updated successfully/i)
        .first()
        .waitFor({ timeout: 30_000 });

      for (const slug of ['dudley', 'staffordshire']) {
        await expect
          .poll(async () => navHrefs((await fromSite(slug, '/')).body), { timeout: 120_000, interval: 1000 })
          .toContain(`/${SLUG}/`);
      }
      const dudley = (await fromSite('dudley', `/${SLUG}/`)).body;
      const staffordshire = (await fromSite('staffordshire', `/${SLUG}/`)).body;
      expect(navHrefs(dudley)).toContain(`/${SLUG}/`);
      expect(allowanceRows(dudley)).toEqual([
        ['0 to 4', '£175', '£250'],
        ['5 to 10', '£199', '£250'],
        ['11 to 15', '£226', '£450'],
        ['16 and over', '£264', '£450'],
      ]);
      expect(allowanceRows(staffordshire)).toEqual([
        ['0 to 10', '£190', '£275'],
        ['11 to 17', '£240', '£475'],
      ]);
      for (const html of [dudley, staffordshire]) {
        expect(html).toContain('85%');
        expect(html).toContain('The allowance meant I could give up my evening shifts.');
        expect(html).toContain('Every council sets its own rates.');
        expect(html).toMatch(/<a[^>]+href="\/check\/"[^>]*>Check if you could foster<\/a>/);
      }

      // Not chosen: the partnership's own site has neither the page nor the link.
      expect((await fromSite('big-fostering-partnership', `/${SLUG}/`)).status).toBe(404);
      expect(navHrefs((await fromSite('big-fostering-partnership', '/')).body)).not.toContain(`/${SLUG}/`);

      const reader = await (await browser.newContext()).newPage();
      for (const slug of ['dudley', 'staffordshire']) {
        await reader.goto(siteUrl(slug, `/${SLUG}/`));
        expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
        expect(await axeViolations(reader)).toEqual([]);
      }
      await reader.context().close();
      await context.close();
    },
  );
});
