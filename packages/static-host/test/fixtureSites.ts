/**
 * A sites folder laid out as the deploy step leaves it: `live/<slug>` and `preview/<slug>` are symlinks to release
 * folders, swapped with rename(2); releases are precompressed before they go live.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precompressFiles } from '../src/precompress.ts';
import type { SiteAddress } from '../src/siteHosts.ts';

export const CMS_ORIGIN = 'https://cms.example.org';

export const SITES: SiteAddress[] = [
  { slug: 'dudley', serverNames: ['fostering.dudley.gov.uk', 'dudley.localhost'] },
  // Listed but never released: its host must get a 404, not another site.
  { slug: 'walsall', serverNames: ['walsall.localhost'] },
  // Bilingual: its Welsh pages, 404 page included, are under /cy/.
  { slug: 'sir-enghraifft', serverNames: ['sir-enghraifft.localhost'] },
];

/** Text long enough (> 1 KB) to be precompressed. */
const filler = (label: string) => `<p>${`${label} helps children stay close to home. `.repeat(40)}</p>`;
const page = (title: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${filler(title)}</main></body></html>`;

export const releaseFiles = (version: string): Record<string, string | Buffer> => ({
  'index.html': page(`Dudley home ${version}`),
  'about/index.html': page(`About Dudley ${version}`),
  'evil.example/index.html': page('A folder named like a host'),
  'empty/.keep': '',
  '404.html': page('Dudley page not found'),
  '_astro/app.3f9a1c.js': `export const version = ${JSON.stringify(version)};\n${'console.log("island");\n'.repeat(80)}`,
  '_astro/site.77ab2e.css': `:root{--brand:#0b5}${'.block{margin:0 auto;padding:1rem}\n'.repeat(60)}`,
  'manifest.webmanifest': JSON.stringify({
    name: 'Fostering in Dudley',
    icons: Array.from({ length: 30 }, (_, i) => ({ src: `/icon-${i}.png`, sizes: `${i}x${i}` })),
  }),
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'logo.png': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  '.env': 'SECRET=never-served\n',
});

/** A bilingual site's release: an English and a Welsh home, each language with its own 404 page. */
export const bilingualReleaseFiles = (): Record<string, string | Buffer> => ({
  'index.html': page('Sir Enghraifft home'),
  '404.html': page('Sir Enghraifft page not found'),
  'cy/index.html': page('Hafan Sir Enghraifft'),
  'cy/404.html': page('Heb ddod o hyd i’r dudalen'),
});

export interface FixtureSites {
  dir: string;
  sitesDir: string;
  /** Builds a release folder, precompresses it and points `live/<slug>` (or preview) at it atomically. */
  release: (options: {
    slug: string;
    version: string;
    target?: 'live' | 'preview';
    files?: Record<string, string | Buffer>;
  }) => Promise<string>;
  cleanup: () => void;
}

export async function makeFixtureSites(): Promise<FixtureSites> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-static-host-'));
  const sitesDir = path.join(dir, 'sites');
  let counter = 0;
  const release: FixtureSites['release'] = async ({
    slug,
    version,
    target = 'live',
    files = releaseFiles(version),
  }) => {
    const releaseDir = path.join(sitesDir, 'releases', slug, `${String(counter++).padStart(3, '0')}-${version}`);
    for (const [name, contents] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(releaseDir, name)), { recursive: true });
      fs.writeFileSync(path.join(releaseDir, name), contents);
    }
    await precompressFiles({ dir: releaseDir, files: Object.keys(files) });
    const link = path.join(sitesDir, target, slug);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    const temporary = `${link}.next`;
    fs.symlinkSync(path.relative(path.dirname(link), releaseDir), temporary);
    fs.renameSync(temporary, link);
    return releaseDir;
  };
  return { dir, sitesDir, release, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
