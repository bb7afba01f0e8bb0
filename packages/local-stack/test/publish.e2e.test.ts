import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { axeOnRenderedMarkup, getFromSite, launchBrowser, loginToken, signInToAdmin, vnuErrors } from './helpers.ts';

const cmsUrl = inject('cmsUrl');
const port = inject('sitesPort');
const home = (slug: string) => getFromSite(port, `${slug}.localhost:${port}`, '/').then((r) => r.body);

/** Waits for a rebuilt site to show (or stop showing) some text; rebuilds take a few seconds, so poll. */
async function waitForSite(slug: string, check: (html: string) => boolean, timeout = 120_000) {
  await expect.poll(async () => check(await home(slug)), { timeout, interval: 1000 }).toBe(true);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function adminPage(email: string): Promise<Page> {
  return signInToAdmin(await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage(), {
    cmsUrl,
    email,
  });
}

describe('marketing publishes once; every site shows it with no manual step', () => {
  // Its sites wait up to two minutes each for the worker's rebuild, so the test may take as long.
  it(
    'an editor publishes a new story for all partners in the admin, and both running sites show it',
    { timeout: 300_000 },
    async () => {
      const page = await adminPage('editor@bfp.example');
      await page.goto(`${cmsUrl}/admin/collections/stories/create`);
      await page.getByLabel('Title').fill('Priya’s story');
      await page.getByLabel('Slug').fill('priyas-story');
      await page
        .getByLabel('Summary')
        .fill('Priya became a Step Down foster carer after twenty years as a teaching assistant.');
      await page.locator('[contenteditable="true"]').first().click();
      await page.keyboard.type('Priya had never thought about fostering until a colleague told her about Step Down.');
      await page.getByLabel('Names and identifying details').check();
      await page.locator('#field-safeguarding__reviewBy input').first().click();
      await page.keyboard.type('12/31/2030');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Publish changes' }).click();
      await page.waitForURL(/\/admin\/collections\/stories\/\w+$/);

      expect(await home('dudley')).not.toContain('Priya’s story');
      await waitForSite('dudley', (html) => html.includes('Priya’s story'));
      await waitForSite('staffordshire', (html) => html.includes('Priya’s story'));
      const story = await getFromSite(port, `staffordshire.localhost:${port}`, '/stories/priyas-story/');
      expect(story.status).toBe(200);
      expect(story.body).toContain('a colleague told her about Step Down');
    },
  );

  it("a partner's own event appears on that partner's site only", async () => {
    const token = await loginToken(cmsUrl, 'dudley@bfp.example', DEMO_PASSWORD);
    const response = await fetch(`${cmsUrl}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Coffee morning at Dudley library',
        summary: 'An informal chat about fostering.',
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        format: 'in-person',
        venue: 'Dudley library',
      }),
    });
    expect(response.status).toBe(201);
    await waitForSite('dudley', (html) => html.includes('Coffee morning at Dudley library'));
    // Staffordshire was not rebuilt for Dudley's event, and does not show it.
    expect(await home('staffordshire')).not.toContain('Coffee morning at Dudley library');
    const builds = (await (
      await fetch(`${cmsUrl}/api/site-builds?depth=1`, { headers: { Authorization: `JWT ${token}` } })
    ).json()) as {
      docs: Array<{ partner: { slug: string }; status: string; reason: string }>;
    };
    expect(builds.docs).toHaveLength(1);
    expect(builds.docs[0]!.reason).toContain('events Coffee morning at Dudley library created');
  });

  it('a page built from blocks for Dudley only is at its address and in the navigation on Dudley’s site, and nowhere else', async () => {
    const token = await loginToken(cmsUrl, 'editor@bfp.example', DEMO_PASSWORD);
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` };
    const partners = (await (
      await fetch(`${cmsUrl}/api/partners?where[slug][equals]=dudley&depth=0`, { headers })
    ).json()) as { docs: Array<{ id: number }> };
    const paragraph = {
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'text',
          text: 'Dudley carers meet on the first Tuesday of the month.',
          version: 1,
          detail: 0,
          format: 0,
          mode: 'normal',
          style: '',
        },
      ],
    };
    const response = await fetch(`${cmsUrl}/api/pages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Dudley carers’ group',
        slug: 'dudley-carers-group',
        summary: 'Where Dudley’s foster carers meet.',
        layout: [
          {
            blockType: 'richText',
            content: {
              root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph] },
            },
          },
          { blockType: 'callToAction', heading: 'Join them', buttonLabel: 'Check if you could foster' },
        ],
        shownOn: 'chosen',
        partners: [partners.docs[0]!.id],
        showInNavigation: true,
        navigationOrder: 9,
        _status: 'published',
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    await waitForSite('dudley', (html) => html.includes('href="/dudley-carers-group/"'));
    const page = await getFromSite(port, `dudley.localhost:${port}`, '/dudley-carers-group/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<p>Dudley carers meet on the first Tuesday of the month.</p>');
    expect((await getFromSite(port, `staffordshire.localhost:${port}`, '/dudley-carers-group/')).status).toBe(404);
    expect(await home('staffordshire')).not.toContain('dudley-carers-group');
  });

  it('an editor previews a draft on a chosen partner site before publishing, and the live site is unchanged', async () => {
    const page = await adminPage('editor@bfp.example');
    const token = await loginToken(cmsUrl, 'editor@bfp.example', DEMO_PASSWORD);
    const { docs } = (await (
      await fetch(`${cmsUrl}/api/stories?where[slug][equals]=maliks-story`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as {
      docs: Array<{ id: number }>;
    };
    const draft = await fetch(`${cmsUrl}/api/stories/${docs[0]!.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Malik’s story (draft rewrite)' }),
    });
    expect(draft.status).toBe(200);

    await page.goto(`${cmsUrl}/api/stories/preview?id=${docs[0]!.id}`);
    await page.getByRole('link', { name: 'Dudley Metropolitan Borough Council' }).click();
    // At once, a page that follows this preview's build (the build has only just been queued), then the preview.
    await page.waitForURL(/\/api\/stories\/preview\?id=\d+&partner=dudley&build=\d+$/, {
      waitUntil: 'domcontentloaded',
      timeout: 10_000,
    });
    const following = { url: page.url(), html: await page.content() };
    expect(following.html).toContain('Building the preview');
    await page.waitForURL(`http://preview-dudley.localhost:${port}/stories/maliks-story/`, { timeout: 120_000 });
    expect(await axeOnRenderedMarkup(browser, following.url, following.html)).toEqual([]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preview-follow-')), 'following.html');
    fs.writeFileSync(file, following.html);
    expect(await vnuErrors([file])).toEqual([]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Malik’s story (draft rewrite)');
    expect(await page.getByText('Preview: this page includes unpublished drafts').count()).toBe(1);
    // Dudley's own colours: the preview is the partner's site, not a generic one.
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim()),
    ).toBe('#6b1d5c');

    const live = await getFromSite(port, `dudley.localhost:${port}`, '/stories/maliks-story/');
    expect(live.body).toContain('Malik’s story');
    expect(live.body).not.toContain('draft rewrite');

    // The redirect through the preview host's grant address left a short-lived grant cookie only that host gets.
    const grant = (await page.context().cookies(`http://preview-dudley.localhost:${port}/`)).find(
      (cookie) => cookie.name === 'bfp_preview_grant',
    );
    expect(grant).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect(grant!.expires * 1000 - Date.now()).toBeGreaterThan(10 * 60_000);
    expect(grant!.expires * 1000 - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(await page.context().cookies(`http://preview-staffordshire.localhost:${port}/`)).toEqual([]);
  });

  it('serves nobody a preview without a grant from the CMS: not a request, not another browser', async () => {
    const anonymous = await getFromSite(port, `preview-dudley.localhost:${port}`, '/stories/maliks-story/');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
    expect(anonymous.body).not.toContain('Malik');
    expect(anonymous.body).toContain('Preview</strong> button');
    const forged = await getFromSite(
      port,
      `preview-dudley.localhost:${port}`,
      '/__preview/grant?grant=forged.grant&next=/stories/maliks-story/',
    );
    expect(forged.status).toBe(401);
    expect(forged.headers['set-cookie']).toBeUndefined();

    const stranger = await (await browser.newContext()).newPage();
    const answer = await stranger.goto(`http://preview-dudley.localhost:${port}/stories/maliks-story/`);
    expect(answer?.status()).toBe(401);
    expect(await stranger.content()).not.toContain('draft rewrite');
    expect(await stranger.getByRole('heading', { level: 1 }).textContent()).toBe('This preview is private');
    await stranger.context().close();
  });
});
