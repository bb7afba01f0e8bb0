import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { startCms, type RunningCms } from '../src/cms.ts';
import { publishFleetBuild } from '@bfp/publish/fleet-publish';
import { directoryTarget } from '@bfp/publish/targets/directory';
import { createSiteBuilder } from '@bfp/publish/site-builder';
import { sitesRoot } from '../src/repo.ts';
import { cmsReferences, textFilesUnder, unhashedInlineCode } from './builtFiles.ts';
import { openWithPolicy, startCspSiteServer } from './cspSiteServer.ts';
import { launchBrowser, loginToken } from './helpers.ts';
import { testPort } from '@bfp/services/test-ports';

const port = inject('sitesPort');
const localSitesOrigin = `http://{slug}.localhost:${port}`;
const quiet = () => {};
const STORY = 'a-picture-in-the-text';
const HOME_CAPTION = 'Carers and children at the summer picnic';
const SITES = ['big-fostering-partnership', 'dudley', 'sir-enghraifft', 'staffordshire'];

// A CMS of its own (no jobs worker), because these tests change Dudley's logo and the Home page and stop the CMS: the
// shared stack's must stay as the other tests expect it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-self-contained-test-'));
let cms: RunningCms | undefined;
let cmsUrl: string;
const builds: Record<'single' | 'fleet', string> = { single: '', fleet: '' };
/** Every site's live folder from the fleet build. */
const fleetSites: Record<string, string> = {};

async function post(pathname: string, init: RequestInit & { token: string }) {
  const response = await fetch(`${cmsUrl}${pathname}`, {
    ...init,
    headers: { Authorization: `JWT ${init.token}`, ...init.headers },
  });
  if (!response.ok) throw new Error(`${init.method} ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { doc: { id: number } };
}

async function uploadPng(token: string, name: string, size: { width: number; height: number }, colour: string) {
  const png = await sharp({ create: { ...size, channels: 4, background: colour } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name);
  form.append('_payload', JSON.stringify({ alt: `${name} (test image)` }));
  return (await post('/api/media', { method: 'POST', body: form, token })).doc.id;
}

/** Lexical state as the editor saves it: a paragraph, an uploaded image, a centred paragraph. */
const storyBody = (imageId: number) => {
  const paragraph = (text: string, format = '') => ({
    type: 'paragraph',
    format,
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
  });
  const upload = {
    type: 'upload',
    version: 3,
    format: '',
    id: 'picture',
    fields: null,
    relationTo: 'media',
    value: imageId,
  };
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [paragraph('We made a garden together.'), upload, paragraph('It is still there.', 'center')],
    },
  };
};

beforeAll(async () => {
  cms = await startCms({
    port: testPort(3160),
    localSitesOrigin,
    worker: false,
    env: {
      DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_DIR: path.join(dir, 'mail'),
    },
    log: quiet,
  });
  cmsUrl = cms.url;
  const token = await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD);
  const { docs } = (await (await fetch(`${cmsUrl}/api/partners?where[slug][equals]=dudley&depth=0`)).json()) as {
    docs: Array<{ id: number }>;
  };
  const logo = await uploadPng(token, 'dudley-wordmark.png', { width: 480, height: 128 }, '#6b1d5c');
  await post(`/api/partners/${docs[0]!.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ logo }),
    token,
  });
  const picture = await uploadPng(token, 'garden.png', { width: 1200, height: 800 }, '#85c79a');
  const story = {
    title: 'A picture in the text',
    slug: STORY,
    summary: 'A story whose text holds a picture.',
    body: storyBody(picture),
    shownOn: 'chosen',
    partners: [docs[0]!.id],
    _status: 'published',
    safeguarding: { namesChanged: true, imageConsent: 'illustration', reviewBy: '2031-01-01T00:00:00.000Z' },
  };
  await post('/api/stories', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(story),
    token,
  });
  // An image block on the Home page, published: the home page of every site shows it.
  const picnic = await uploadPng(token, 'picnic.png', { width: 1000, height: 600 }, '#e0a040');
  const home = (await (
    await fetch(`${cmsUrl}/api/globals/home-page?depth=0`, { headers: { Authorization: `JWT ${token}` } })
  ).json()) as { layout: unknown[] };
  const layout = [...home.layout, { blockType: 'image', image: picnic, caption: HOME_CAPTION }];
  await post('/api/globals/home-page', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ layout, _status: 'published' }),
    token,
  });

  const single = directoryTarget(path.join(dir, 'single'));
  const { results } = await createSiteBuilder({
    cmsUrl,
    sitesRoot,
    target: single,
    localSitesOrigin,
    fleetThreshold: Infinity,
    log: quiet,
  }).build(['dudley']);
  if (!results[0]?.ok) throw new Error(`single-site build failed: ${results[0]?.error}`);
  builds.single = single.liveDir('dudley');
  const fleet = directoryTarget(path.join(dir, 'fleet'));
  const outcome = await publishFleetBuild({ slugs: SITES, cmsUrl, localSitesOrigin, target: fleet, log: quiet });
  if (!outcome.built || !SITES.every((slug) => outcome.results.find((r) => r.slug === slug)?.ok))
    throw new Error(`fleet build failed: ${outcome.error ?? JSON.stringify(outcome.results)}`);
  builds.fleet = fleet.liveDir('dudley');
  for (const slug of SITES) fleetSites[slug] = fleet.liveDir(slug);
}, 240_000);
afterAll(async () => {
  await cms?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const own = (root: string, url: string | undefined) =>
  Boolean(url?.startsWith('/_astro/') && fs.existsSync(path.join(root, url)));

describe('a partner with a raster logo and a story with a picture in its text', () => {
  for (const kind of ['single', 'fleet'] as const) {
    it(`${kind} build: the logo, its favicon and the picture are files of the site, and nothing else names the CMS`, () => {
      const root = builds[kind];
      const home = read(root, 'index.html');
      const logo = /<img class="site-header__logo" src="([^"]+)"[^>]* width="(\d+)" height="(\d+)"/.exec(home);
      expect(own(root, logo?.[1]) && logo![1]!.endsWith('.webp')).toBe(true);
      expect([logo![2], logo![3]]).toEqual(['360', '96']);
      const favicon = /<link rel="icon" href="([^"]+)"/.exec(home)?.[1];
      expect(own(root, favicon) && favicon!.endsWith('.png')).toBe(true);

      const story = read(root, `stories/${STORY}/index.html`);
      const body = /<div class="story-body">([\s\S]*?)<\/article>/.exec(story)![1]!;
      expect(own(root, /<img src="([^"]+)"/.exec(body)?.[1])).toBe(true);
      expect(body).not.toContain('<source');
      expect(body).toContain('<p style="text-align: center;">It is still there.</p>');
      expect(unhashedInlineCode(story)).toEqual([]);

      const found = textFilesUnder(root).flatMap((file) =>
        cmsReferences(read(root, file), cmsUrl).map((context) => `${file}: …${context}…`),
      );
      expect(found).toEqual([]);
    });
  }

  /** The Home page's image block as built: the site's own copy of the picture, with its alt text and caption. */
  const homeImage = (root: string) => {
    const figure = new RegExp(
      `<figure class="page-image"><img src="([^"]+)" alt="picnic.png \\(test image\\)"[^>]*>\\s*<figcaption class="page-image__caption">${HOME_CAPTION}</figcaption>`,
    ).exec(read(root, 'index.html'));
    return figure?.[1];
  };

  it('single build: the image block on the Home page is on the home page, as a file of the site', () => {
    expect(own(builds.single, homeImage(builds.single))).toBe(true);
  });

  it.each(SITES)(
    'fleet build: the image block on the Home page is on %s’s home page, as a file of the site',
    (slug) => {
      expect(own(fleetSites[slug]!, homeImage(fleetSites[slug]!))).toBe(true);
    },
  );

  it('renders every page completely with the CMS stopped, under the full CSP', async () => {
    await cms!.stop();
    cms = undefined;
    await expect(fetch(`${cmsUrl}/api/ready`)).rejects.toThrow();
    const server = await startCspSiteServer({ siteDirs: { dudley: builds.single }, cmsOrigin: cmsUrl });
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      for (const pathname of [
        '/',
        '/check/',
        `/stories/${STORY}/`,
        '/stories/tegans-story/',
        '/privacy/',
        '/accessibility/',
        '/no-such-page/',
      ]) {
        const { page, violations } = await openWithPolicy({ browser, server, port });
        const failed: string[] = [];
        page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
        page.on('response', (response) => {
          if (response.status() >= 400 && response.request().resourceType() !== 'document')
            failed.push(`${response.url()} ${response.status()}`);
        });
        await page.goto(`http://dudley.localhost:${port}${pathname}`, { waitUntil: 'load' });
        // Lazy images load only when scrolled to.
        await page.evaluate(() =>
          document.querySelectorAll('img').forEach((img) => img.setAttribute('loading', 'eager')),
        );
        await expect
          .poll(() =>
            page.evaluate(() =>
              [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src),
            ),
          )
          .toEqual([]);
        expect(await page.locator('img').count(), pathname).toBeGreaterThan(0);
        expect(failed, pathname).toEqual([]);
        expect(await violations(), pathname).toEqual([]);
        await page.context().close();
      }
      // And every site's home page from the fleet build, its Home page image among what loads.
      const fleetServer = await startCspSiteServer({ siteDirs: fleetSites, cmsOrigin: cmsUrl });
      try {
        for (const slug of SITES) {
          const { page } = await openWithPolicy({ browser, server: fleetServer, port });
          await page.goto(`http://${slug}.localhost:${port}/`, { waitUntil: 'load' });
          const picture = page.locator('figure.page-image img[alt="picnic.png (test image)"]');
          await picture.scrollIntoViewIfNeeded();
          await expect
            .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
              message: slug,
            })
            .toBe(true);
          await page.context().close();
        }
      } finally {
        fleetServer.close();
      }
    } finally {
      server.close();
      await browser?.close();
    }
  });
});
