import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { paragraphsToRichText } from '@bfp/cms/rich-text';
import { directoryTarget } from '@bfp/publish/targets/directory';
import { publishFleetBuild } from '@bfp/publish/fleet-publish';
import { startCms, type RunningCms } from '../src/cms.ts';
import { loginToken } from './helpers.ts';
import { testPort } from '@bfp/services/test-ports';

/**
 * A council made bilingual with its one field, on a CMS of its own (seeded with the sample Welsh of every document):
 * its site has every page in both languages at mirrored addresses, each linked to the other; a story with no Welsh yet
 * is on neither version; an English-only council beside it in the same build has no Welsh page at all.
 */
const localSitesOrigin = `http://{slug}.localhost:${inject('sitesPort')}`;
const quiet = () => {};
let root: string;
let cms: RunningCms;
let cmsUrl: string;
let admin: Record<string, string>;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-welsh-test-'));
  cms = await startCms({
    port: testPort(3180),
    localSitesOrigin,
    worker: false,
    env: {
      DATABASE_URL: `file:${path.join(root, 'cms.db')}`,
      MEDIA_DIR: path.join(root, 'media'),
      MAIL_DIR: path.join(root, 'mail'),
    },
    log: quiet,
  });
  cmsUrl = cms.url;
  admin = {
    Authorization: `JWT ${await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD)}`,
    'Content-Type': 'application/json',
  };
}, 120_000);
afterAll(async () => {
  await cms?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function api<T>(pathAndQuery: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${cmsUrl}${pathAndQuery}`, { ...init, headers: admin });
  expect([200, 201], `${init.method ?? 'GET'} ${pathAndQuery}: ${response.status}`).toContain(response.status);
  return (await response.json()) as T;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const htmlFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('404') && !file.startsWith('cy/404'))
    .sort();
const alternates = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );

describe('a bilingual council', () => {
  it(
    'has every page in both languages, linked both ways; what has no Welsh is on neither; an English-only council has no Welsh',
    { timeout: 240_000 },
    async () => {
      const { docs } = await api<{ docs: Array<{ id: number }> }>('/api/partners?where[slug][equals]=dudley&depth=0');
      await api(`/api/partners/${docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ languages: ['en', 'cy'] }) });

      // The seed wrote the Welsh of every sample document; a story written today in English only has none yet.
      const welshHome = await api<{ headline: string }>(
        '/api/globals/home-page?depth=0&locale=cy&fallback-locale=none',
      );
      const seeded = await api<{ docs: Array<{ slug: string }> }>(
        '/api/stories?depth=0&locale=cy&fallback-locale=none',
      );
      const untranslated = await api<{ doc: { slug: string } }>('/api/stories', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Written in English today',
          summary: 'No Welsh yet.',
          body: paragraphsToRichText(['English only.']),
          shownOn: 'all',
          safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
          _status: 'published',
        }),
      });

      const sites = directoryTarget(path.join(root, 'sites'));
      const fleet = await publishFleetBuild({
        slugs: ['dudley', 'staffordshire'],
        cmsUrl,
        localSitesOrigin,
        target: sites,
        log: quiet,
      });
      expect(fleet.results.every((result) => result.ok)).toBe(true);
      const dudley = sites.liveDir('dudley');
      const english = htmlFiles(dudley).filter((file) => !file.startsWith('cy/'));
      const welsh = htmlFiles(dudley).filter((file) => file.startsWith('cy/'));

      // The same pages in both: each English page names its Welsh one, which names it back.
      expect(welsh.length).toBe(english.length);
      for (const file of english) {
        const page = read(dudley, file);
        expect(page, file).toMatch(/<html lang="en-GB"/);
        const links = alternates(page);
        expect(Object.keys(links).sort(), file).toEqual(['cy', 'en-GB']);
        const welshFile = `${new URL(links.cy!).pathname.slice(1)}index.html`;
        expect(welsh, file).toContain(welshFile);
        const welshPage = read(dudley, welshFile);
        expect(welshPage, welshFile).toMatch(/<html lang="cy"/);
        expect(alternates(welshPage), welshFile).toEqual(links);
        expect(welshPage, welshFile).toContain(`hreflang="en-GB">English</a>`);
        expect(page, file).toContain(`hreflang="cy">Cymraeg</a>`);
      }
      expect(welsh).toEqual(
        expect.arrayContaining([
          'cy/index.html',
          'cy/gwirio/index.html',
          'cy/preifatrwydd/index.html',
          'cy/hygyrchedd/index.html',
        ]),
      );
      expect(read(dudley, 'cy/index.html')).toContain(welshHome.headline);
      expect(seeded.docs.length).toBeGreaterThan(0);
      for (const { slug } of seeded.docs) expect(welsh).toContain(`cy/straeon/${slug}/index.html`);
      expect(english).not.toContain(`stories/${untranslated.doc.slug}/index.html`);
      expect(read(dudley, 'sitemap.xml')).toContain('<loc>https://fostering.dudley.example.org/cy/gwirio/</loc>');

      const staffordshire = sites.liveDir('staffordshire');
      expect(fs.existsSync(path.join(staffordshire, 'cy'))).toBe(false);
      expect(htmlFiles(staffordshire)).toContain(`stories/${untranslated.doc.slug}/index.html`);
      expect(read(staffordshire, 'index.html')).not.toContain('hreflang');
    },
  );
});
