import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changesBetween, splitFleetOutput } from '../src/split.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A fleet build's output as Astro writes it: partners under /<slug>/, shared assets under /_astro/. */
function fakeFleetOutput(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-split-'));
  roots.push(root);
  const files: Record<string, string> = {
    'dudley/index.html': '<h1>Dudley</h1>',
    'dudley/404/index.html': 'Dudley not found',
    'dudley/sitemap.xml': '<urlset/>',
    'staffordshire/index.html': '<h1>Staffordshire</h1>',
    'staffordshire/404/index.html': 'Staffordshire not found',
    'staffordshire/cy/index.html': '<h1>Swydd Stafford</h1>',
    'staffordshire/cy/404/index.html': 'Heb ei chanfod',
    '_astro/site.abc123.css': 'body{}',
    '_astro/island.def456.js': 'export{}',
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, 'dist', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', file), content);
  }
  return root;
}

describe('splitting one fleet build into sites', () => {
  it('gives each partner its own folder with its pages at the root, its 404 as 404.html and the shared assets', async () => {
    const root = fakeFleetOutput();
    const sites = await splitFleetOutput({ distDir: path.join(root, 'dist'), outDir: path.join(root, 'sites') });
    expect(sites.map((s) => s.slug).sort()).toEqual(['dudley', 'staffordshire']);
    const dudley = sites.find((s) => s.slug === 'dudley')!;
    expect(Object.keys(dudley.manifest).sort()).toEqual([
      '404.html',
      '_astro/island.def456.js',
      '_astro/site.abc123.css',
      'index.html',
      'sitemap.xml',
    ]);
    expect(fs.readFileSync(path.join(dudley.dir, '404.html'), 'utf8')).toBe('Dudley not found');
    expect(fs.existsSync(path.join(dudley.dir, '404'))).toBe(false);
    // Shared assets are hard links, not copies: one file on disk however many sites there are.
    const a = fs.statSync(path.join(dudley.dir, '_astro/site.abc123.css'));
    const b = fs.statSync(path.join(root, 'sites/staffordshire/_astro/site.abc123.css'));
    expect(a.ino).toBe(b.ino);
    // A bilingual site's Welsh 404 page is where the hosts look for it, not a page of its own at /cy/404/.
    const staffordshire = sites.find((s) => s.slug === 'staffordshire')!;
    expect(Object.keys(staffordshire.manifest)).toEqual(expect.arrayContaining(['404.html', 'cy/404.html']));
    expect(fs.readFileSync(path.join(staffordshire.dir, 'cy/404.html'), 'utf8')).toBe('Heb ei chanfod');
    expect(fs.existsSync(path.join(staffordshire.dir, 'cy/404'))).toBe(false);
    expect(fs.existsSync(path.join(staffordshire.dir, 'cy/index.html'))).toBe(true);
    // Same content, same hash, in every site.
    expect(dudley.manifest['_astro/site.abc123.css']).toBe(
      sites.find((s) => s.slug === 'staffordshire')!.manifest['_astro/site.abc123.css'],
    );
  });
});

describe('what a deploy must send', () => {
  it('sends everything the first time, nothing when nothing changed, and only the difference after an edit', () => {
    const v1 = { 'index.html': 'a', 'check/index.html': 'b', '_astro/x.js': 'c' };
    expect(changesBetween(null, v1)).toEqual({
      changed: ['_astro/x.js', 'check/index.html', 'index.html'],
      removed: [],
      unchanged: 0,
    });
    expect(changesBetween(v1, { ...v1 })).toEqual({ changed: [], removed: [], unchanged: 3 });
    const v2 = { 'index.html': 'a2', '_astro/x.js': 'c', 'stories/new/index.html': 'd' };
    expect(changesBetween(v1, v2)).toEqual({
      changed: ['index.html', 'stories/new/index.html'],
      removed: ['check/index.html'],
      unchanged: 1,
    });
  });
});
