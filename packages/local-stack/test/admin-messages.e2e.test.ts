import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  blockOutsideRequests,
  formSettled,
  launchBrowser,
  loginToken,
  signInToAdmin,
  submitEnquiryAs,
} from './helpers.ts';

const cmsUrl = inject('cmsUrl');

let browser: Browser;
/** Every request an admin page tried to make to anywhere but this machine (each was blocked). */
const outside: string[] = [];
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

/** A browser signed in to the admin, where any request that would leave this machine is recorded and blocked. */
async function signIn(email = 'admin@bfp.example', at = cmsUrl): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  contexts.push(context);
  await blockOutsideRequests(context, outside);
  return signInToAdmin(await context.newPage(), { cmsUrl, email, at });
}

async function api<T>(
  path: string,
  init: RequestInit = {},
  email = 'admin@bfp.example',
): Promise<{ status: number; body: T }> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `JWT ${await loginToken(cmsUrl, email)}`);
  if (init.body) headers.set('Content-Type', 'application/json');
  const response = await fetch(`${cmsUrl}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as T };
}

type Partner = { id: number; brand: { primaryColour: string; accentColour: string } };
async function partner(slug: string): Promise<Partner> {
  return (await api<{ docs: Partner[] }>(`/api/partners?where[slug][equals]=${slug}&depth=0`)).body.docs[0]!;
}

describe("a brand colour that fails contrast, in a partner's record", () => {
  it('shows the whole refusal beside the field with a swatch of the suggested shade; "Use this shade" takes it and the record saves', async () => {
    const before = await partner('dudley');
    // The message the CMS gives for this colour, to compare with what the page shows.
    const refused = await api<{ errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }> }>(
      `/api/partners/${before.id}`,
      {
        method: 'PATCH',
        body: JSON.stringify({ brand: { ...before.brand, primaryColour: '#ffcc00' } }),
      },
    );
    const message = refused.body.errors[0]!.data.errors.find((e) => e.path === 'brand.primaryColour')!.message;
    const suggestion = /nearest passing shade is (#[0-9a-f]{6})/.exec(message)![1]!;
    try {
      const page = await signIn();
      await page.goto(`${cmsUrl}/admin/collections/partners/${before.id}`);
      await page.getByLabel('Primary Colour').fill('#ffcc00');
      // Payload's form-state request for the change (sent 250 ms after it, without validation) would otherwise land
      // after the refusal and clear the field's error.
      await formSettled(page);
      await page.getByRole('button', { name: 'Save' }).click();

      const problem = page.locator('#brand__primaryColour-problem');
      await problem.waitFor({ timeout: 20_000 });
      expect(await problem.locator('p').innerText()).toBe(message);
      // All of it is on screen: nothing clipped or cut off with an ellipsis.
      expect(
        await problem
          .locator('p')
          .evaluate((p) => p.scrollWidth <= p.clientWidth && getComputedStyle(p).textOverflow !== 'ellipsis'),
      ).toBe(true);
      const swatch = problem.locator(`[data-swatch="${suggestion}"]`);
      expect(await swatch.evaluate((s) => getComputedStyle(s).backgroundColor)).toBe(rgb(suggestion));
      expect(await swatch.boundingBox()).toMatchObject({ width: expect.any(Number) });
      expect(await problem.innerText()).toContain(`Suggested: ${suggestion}`);
      await expect
        .poll(() => page.getByLabel('Primary Colour').getAttribute('aria-describedby'))
        .toBe('brand__primaryColour-problem');
      expect(await axeViolations(page, { include: ['.brand-colour-field'] })).toEqual([]);

      await page.getByRole('button', { name: 'Use this shade' }).click();
      expect(await page.getByLabel('Primary Colour').inputValue()).toBe(suggestion);
      await formSettled(page);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
      await expect.poll(() => problem.count()).toBe(0);
      expect((await partner('dudley')).brand.primaryColour).toBe(suggestion);
    } finally {
      await api(`/api/partners/${before.id}`, { method: 'PATCH', body: JSON.stringify({ brand: before.brand }) });
    }
  });
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('a story in the admin', () => {
  it('refused publication without its safeguarding record reads one sentence per missing item', async () => {
    const page = await signIn('editor@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/stories/create`);
    await page.getByLabel('Title').fill('A story not yet safe to publish');
    await page.getByLabel('Summary').fill('Written, but its safeguarding record is not.');
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type('The story itself.');
    // Else the form-state answer for the typing can land after the refusal and clear the errors it showed.
    await formSettled(page);
    const expected = [
      'Confirm names and identifying details are changed before publishing.',
      'Set a review date before publishing.',
    ];
    const problems = page.locator('#safeguarding__problems');
    // On a loaded machine a form-state answer still in flight can land after the refusal and clear what it showed
    // (seen once in CI beside the CMS suite): the editor would press Publish again, and so does the test, twice at most.
    let shown: string[] = [];
    for (let attempt = 0; attempt < 3 && shown.join() !== expected.join(); attempt++) {
      await page.getByRole('button', { name: /^Publish/ }).click();
      await problems.locator('li').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1_000);
      shown = await problems.locator('li').allInnerTexts();
    }
    expect(shown).toEqual(expected);
    const toast = page.locator('.payload-toast-item').filter({ hasText: 'cannot be published' });
    expect(await toast.innerText()).toBe(
      'This story cannot be published yet. Confirm names and identifying details are changed before publishing. Set a review date before publishing.',
    );
    expect(await axeViolations(page, { include: ['#safeguarding__problems'] })).toEqual([]);
  });

  it('created with only a title, gets its slug from the title', async () => {
    const title = `Ola’s first weekend ${Date.now()}`;
    const page = await signIn('editor@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/stories/create`);
    await page.getByLabel('Title').fill(title);
    const slug = `olas-first-weekend-${title.split(' ').at(-1)}`;
    await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe(slug);
    expect(await axeViolations(page, { include: ['.slug-from-title-field'] })).toEqual([]);
    await page.getByRole('button', { name: 'Save Draft' }).click();
    await page.waitForURL(/\/admin\/collections\/stories\/\d+/, { timeout: 20_000 });
    const { body } = await api<{ docs: Array<{ id: number; slug: string }> }>(
      `/api/stories?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`,
      {},
      'editor@bfp.example',
    );
    expect(body.docs.map((d) => d.slug)).toEqual([slug]);
    await api(`/api/stories/${body.docs[0]!.id}`, { method: 'DELETE' }, 'editor@bfp.example');
  });

  it('shows its dates as dd/MM/yyyy and a calendar whose weeks start on Monday', async () => {
    const { body } = await api<{ docs: Array<{ id: number; safeguarding: { reviewBy: string } }> }>(
      '/api/stories?where[slug][equals]=tegans-story&depth=0',
    );
    const story = body.docs[0]!;
    const reviewBy = new Date(story.safeguarding.reviewBy);
    const expected = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      reviewBy,
    );
    const page = await signIn('editor@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/stories/${story.id}`);
    const input = page.locator('#field-safeguarding__reviewBy input');
    await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toBe(expected);
    await input.click();
    expect(
      (await page.locator('.react-datepicker__day-name').allInnerTexts()).map((d) => d.trim().slice(0, 2)),
    ).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    // The list's "Updated At": a UK date and a 24-hour time.
    await page.goto(`${cmsUrl}/admin/collections/stories`);
    await expect
      .poll(() => page.locator('table').innerText(), { timeout: 20_000 })
      .toMatch(/\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/);
  });
});

describe('a page in the admin', () => {
  it('whose title gives an address the sites already use is refused, saying so, drafts included', async () => {
    const page = await signIn('editor@bfp.example');
    await page.goto(`${cmsUrl}/admin/collections/pages/create`);
    await page.getByLabel('Title').fill('Check');
    await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe('check');
    await page.getByLabel('Summary').fill('A page whose address is taken.');
    await page.getByRole('button', { name: 'Save Draft' }).click();
    const refusal = '"check" is already an address on every site (/check/). Choose another slug for this page.';
    await expect
      .poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 20_000 })
      .toContain(refusal);
    expect(page.url()).toMatch(/\/create$/);
    expect(await axeViolations(page, { include: ['.slug-from-title-field'] })).toEqual([]);
  });
});

describe('the logo picker', () => {
  it('shows each logo as a picture', async () => {
    const page = await signIn();
    await page.goto(`${cmsUrl}/admin/collections/partners/create`);
    await page.locator('#field-logo').getByRole('button', { name: 'Choose from existing' }).click();
    const drawer = page.locator('.list-drawer');
    await drawer.locator('table').waitFor({ timeout: 20_000 });
    const logos = drawer.locator('img[src*="-logo.svg"]');
    await expect.poll(() => logos.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    // Loaded, not a broken image.
    await expect
      .poll(() =>
        logos.evaluateAll((imgs) =>
          imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
        ),
      )
      .toBe(true);
  });
});

describe('every admin page', () => {
  it('makes no request outside this machine', async () => {
    const jobs = await api<{ docs: Array<{ id: number }> }>('/api/payload-jobs?limit=1&depth=0');
    const stories = await api<{ docs: Array<{ id: number }> }>('/api/stories?limit=1&depth=0');
    const partners = await api<{ docs: Array<{ id: number }> }>('/api/partners?limit=1&depth=0');
    const media = await api<{ docs: Array<{ id: number }> }>('/api/media?limit=1&depth=0');
    // A data-protection log entry to look at: an admin's export of one person's data writes one.
    const { reference, ...enquiry } = await submitEnquiryAs(cmsUrl, 'Dee Outside-Requests');
    expect(
      (
        await fetch(`${cmsUrl}/api/enquiries/${enquiry.id}/subject-export`, {
          headers: { Authorization: `JWT ${await loginToken(cmsUrl, 'admin@bfp.example')}` },
        })
      ).status,
    ).toBe(200);
    const log = await api<{ docs: Array<{ id: number }> }>('/api/data-protection-log?sort=-createdAt&limit=1&depth=0');
    const pages = [
      '/admin',
      '/admin/account',
      '/admin/collections/partners',
      `/admin/collections/partners/${partners.body.docs[0]!.id}`,
      '/admin/collections/stories',
      `/admin/collections/stories/${stories.body.docs[0]!.id}`,
      '/admin/collections/stories/create',
      '/admin/collections/media',
      `/admin/collections/media/${media.body.docs[0]!.id}`,
      '/admin/collections/faqs',
      '/admin/collections/events',
      '/admin/collections/enquiries',
      '/admin/collections/site-builds',
      '/admin/collections/data-protection-log',
      `/admin/collections/data-protection-log/${log.body.docs[0]!.id}`,
      '/admin/collections/users',
      '/admin/collections/payload-jobs',
      ...(jobs.body.docs[0] ? [`/admin/collections/payload-jobs/${jobs.body.docs[0].id}`] : []),
      '/admin/globals/home-page',
    ];
    const page = await signIn();
    for (const pathname of pages) {
      await page.goto(`${cmsUrl}${pathname}`);
      await page.waitForLoadState('networkidle');
      // JSON shown as text instead of in the CDN-loaded editor.
      if (pathname.startsWith('/admin/collections/data-protection-log/')) {
        expect(await page.getByRole('region', { name: 'References' }).innerText()).toContain(reference);
        expect(await axeViolations(page, { include: ['[role="region"]'] })).toEqual([]);
      }
      if (pathname.startsWith('/admin/collections/payload-jobs/'))
        expect(await page.getByRole('region', { name: 'Input' }).count()).toBe(1);
      // The enquiry's own admin views, which Payload finds by the paths in its config and import map.
      if (pathname === '/admin') expect(await page.getByRole('heading', { name: /^Enquiries: / }).count()).toBe(1);
      if (pathname === '/admin/collections/enquiries')
        expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(1);
    }
    // Every other test in this file recorded into the same list.
    expect(outside).toEqual([]);
  });
});

describe('the admin at 127.0.0.1', () => {
  const loopbackUrl = cmsUrl.replace('//localhost:', '//127.0.0.1:');

  it('sends the browser to CMS_URL, where signing in and saving work', async () => {
    const redirect = await fetch(`${loopbackUrl}/admin/collections/partners`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('Location')]).toEqual([307, `${cmsUrl}/admin/collections/partners`]);

    const page = await signIn('dudley@bfp.example', loopbackUrl);
    expect(new URL(page.url()).origin).toBe(cmsUrl);
    const dudley = await partner('dudley');
    await page.goto(`${loopbackUrl}/admin/collections/partners/${dudley.id}`);
    const note = `Fees, training and a carers' group (saved at ${Date.now()}).`;
    await page.getByLabel('Local Offer').fill(note);
    await formSettled(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated successfully').waitFor({ timeout: 20_000 });
    expect((await api<{ localOffer: string }>(`/api/partners/${dudley.id}?depth=0`)).body.localOffer).toBe(note);
  });
});
