import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCompressible, precompressFiles } from '../src/precompress.ts';

let dir: string;
const write = (file: string, contents: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), contents);
};
const text = (label: string, bytes: number) =>
  `<p>${label} </p>`.repeat(Math.ceil(bytes / (label.length + 8))).slice(0, bytes);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-precompress-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('isCompressible', () => {
  it('takes text formats and leaves already-compressed formats alone', () => {
    for (const file of [
      'index.html',
      'a/b.CSS',
      '_astro/x.js',
      'm.mjs',
      'd.json',
      'site.webmanifest',
      'logo.svg',
      'sitemap.xml',
      'robots.txt',
      'favicon.ico',
    ])
      expect(isCompressible(file), file).toBe(true);
    for (const file of ['photo.jpg', 'photo.avif', 'font.woff2', 'page.html.br', 'page.html.gz', 'README', '.html'])
      expect(isCompressible(file), file).toBe(false);
  });
});

describe('precompressFiles', () => {
  it('writes brotli and gzip beside each compressible file, decoding to the same bytes', async () => {
    const page = text('Foster with Dudley', 20_000);
    write('about/index.html', page);
    write('_astro/app.1a2b.js', text('console.log(1);', 8_000));
    const written = await precompressFiles({ dir, files: ['about/index.html', '_astro/app.1a2b.js'] });
    expect(written.sort()).toEqual([
      '_astro/app.1a2b.js.br',
      '_astro/app.1a2b.js.gz',
      'about/index.html.br',
      'about/index.html.gz',
    ]);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'about/index.html.br'))).toString()).toBe(page);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'about/index.html.gz'))).toString()).toBe(page);
  });

  it('skips files under 1 KB, binary formats and files that compression does not shrink', async () => {
    write('robots.txt', 'User-agent: *\n');
    write('photo.jpg', crypto.randomBytes(4_000));
    write('noise.json', crypto.randomBytes(4_000));
    write('page.html', text('enough', 4_000));
    const written = await precompressFiles({ dir, files: ['robots.txt', 'photo.jpg', 'noise.json', 'page.html'] });
    expect(written.sort()).toEqual(['page.html.br', 'page.html.gz']);
    expect(
      fs
        .readdirSync(dir)
        .filter((name) => /\.(br|gz)$/.test(name))
        .sort(),
    ).toEqual(['page.html.br', 'page.html.gz']);
  });

  it('compresses hashed assets harder than pages (they are compressed once and cached for a year)', async () => {
    const source = fs.readFileSync(new URL('../src/nginxSites.ts', import.meta.url), 'utf8').repeat(4);
    write('_astro/big.9f8e.js', source);
    write('big/index.html', source);
    await precompressFiles({ dir, files: ['_astro/big.9f8e.js', 'big/index.html'] });
    const size = (file: string) => fs.statSync(path.join(dir, file)).size;
    expect(size('_astro/big.9f8e.js.br')).toBeLessThan(size('big/index.html.br'));
  });

  it('compresses a cold build of 1,800 pages in a few seconds', async () => {
    const files = Array.from({ length: 1_800 }, (_, i) => `page-${i}/index.html`);
    const words = 'foster carer child family support council training allowance respite placement'.split(' ');
    for (const [i, file] of files.entries()) {
      const body = Array.from({ length: 3_000 }, (_, k) => words[(i * 7 + k * k) % words.length]).join(' ');
      write(
        file,
        `<!doctype html><html lang="en-GB"><title>Page ${i}</title><main><h1>Page ${i}</h1><p>${body}</p></main></html>`,
      );
    }
    const started = performance.now();
    const written = await precompressFiles({ dir, files });
    const seconds = (performance.now() - started) / 1000;
    expect(written).toHaveLength(3_600);
    // About 1 s measured on 2 cores; the bound leaves room for a loaded machine.
    expect(seconds).toBeLessThan(10);
  });
});
