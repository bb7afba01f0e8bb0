import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestOf } from '@bfp/fleet-build/split';
import { directoryTarget } from '../src/targets/directory.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-target-'));
  dirs.push(dir);
  return dir;
};

/** A built site in a scratch folder of the target, as the builders leave it. */
async function built(target: ReturnType<typeof directoryTarget>, files: Record<string, string>) {
  const dir = path.join(await target.scratchDir(), 'dist');
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return { dir, manifest: await manifestOf(dir) };
}

const page = (text: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${text}</title></head><body>${text.repeat(400)}</body></html>`;

describe('the directory deploy target', () => {
  it('puts a first release live with compressed copies of its text files', async () => {
    const target = directoryTarget(temp());
    const site = await built(target, {
      'index.html': page('home'),
      '_astro/app.abc123.js': 'console.log(1);'.repeat(200),
      'logo.png': 'binary',
    });
    const result = await target.deploy('dudley', site.dir, site.manifest);
    expect(result).toMatchObject({ deployed: true, removed: [] });
    expect(result.changed.sort()).toEqual(['_astro/app.abc123.js', 'index.html', 'logo.png']);
    const live = target.liveDir('dudley');
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe(page('home'));
    expect(fs.existsSync(path.join(live, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(live, 'index.html.gz'))).toBe(true);
    expect(fs.existsSync(path.join(live, 'logo.png.br'))).toBe(false);
    expect(await target.liveManifest('dudley')).toEqual(site.manifest);
  });

  it('leaves an unchanged site untouched: same release, nothing written', async () => {
    const target = directoryTarget(temp());
    const first = await built(target, { 'index.html': page('home') });
    await target.deploy('dudley', first.dir, first.manifest);
    const release = fs.realpathSync(target.liveDir('dudley'));
    const again = await built(target, { 'index.html': page('home') });
    const result = await target.deploy('dudley', again.dir, again.manifest);
    expect(result.deployed).toBe(false);
    expect(fs.realpathSync(target.liveDir('dudley'))).toBe(release);
  });

  it('writes only the changed files into a new release, links the rest, and swaps it in', async () => {
    const target = directoryTarget(temp());
    const first = await built(target, {
      'index.html': page('home'),
      'about/index.html': page('about'),
      'old/index.html': page('old'),
    });
    await target.deploy('dudley', first.dir, first.manifest);
    const before = fs.realpathSync(target.liveDir('dudley'));
    const next = await built(target, { 'index.html': page('home, changed'), 'about/index.html': page('about') });
    const result = await target.deploy('dudley', next.dir, next.manifest);
    expect(result).toMatchObject({ deployed: true, changed: ['index.html'], removed: ['old/index.html'] });
    const after = fs.realpathSync(target.liveDir('dudley'));
    expect(after).not.toBe(before);
    expect(fs.readFileSync(path.join(after, 'index.html'), 'utf8')).toBe(page('home, changed'));
    expect(fs.existsSync(path.join(after, 'old/index.html'))).toBe(false);
    // The unchanged page and its compressed copies are the same files (hard links), not copies.
    for (const file of ['about/index.html', 'about/index.html.br', 'about/index.html.gz']) {
      expect(fs.statSync(path.join(after, file)).ino, file).toBe(fs.statSync(path.join(before, file)).ino);
    }
    expect(
      fs.readFileSync(path.join(after, 'index.html.br')).equals(fs.readFileSync(path.join(before, 'index.html.br'))),
    ).toBe(false);
    expect(await target.liveManifest('dudley')).toEqual(next.manifest);
  });

  it('keeps the last two releases, and never removes the one being served', async () => {
    const target = directoryTarget(temp());
    for (let i = 0; i < 4; i++) {
      const site = await built(target, { 'index.html': page(`version ${i}`) });
      await target.deploy('dudley', site.dir, site.manifest);
    }
    const releases = fs
      .readdirSync(path.join(target.root, 'releases', 'dudley'))
      .filter((name) => !name.endsWith('.json'));
    expect(releases).toHaveLength(2);
    expect(releases.map((name) => path.join(target.root, 'releases', 'dudley', name))).toContain(
      fs.realpathSync(target.liveDir('dudley')),
    );
    expect(fs.readFileSync(path.join(target.liveDir('dudley'), 'index.html'), 'utf8')).toBe(page('version 3'));
  });

  it('replaces only the preview when a preview is deployed', async () => {
    const target = directoryTarget(temp());
    const live = await built(target, { 'index.html': page('live') });
    await target.deploy('dudley', live.dir, live.manifest);
    const preview = await built(target, { 'index.html': page('draft') });
    await target.deployPreview('dudley', preview.dir);
    expect(fs.readFileSync(path.join(target.previewDir('dudley'), 'index.html'), 'utf8')).toBe(page('draft'));
    expect(fs.readFileSync(path.join(target.liveDir('dudley'), 'index.html'), 'utf8')).toBe(page('live'));
    expect(await target.liveManifest('dudley')).toEqual(live.manifest);
  });

  it('takes a retired site offline and brings it back with its last release', async () => {
    const target = directoryTarget(temp());
    const site = await built(target, { 'index.html': page('home') });
    await target.deploy('dudley', site.dir, site.manifest);
    expect(await target.liveSlugs()).toEqual(['dudley']);
    await target.retire('dudley');
    expect(await target.liveSlugs()).toEqual([]);
    expect(fs.existsSync(target.liveDir('dudley'))).toBe(false);
    expect(await target.liveManifest('dudley')).toBeNull();
    const again = await built(target, { 'index.html': page('home') });
    expect((await target.deploy('dudley', again.dir, again.manifest)).deployed).toBe(true);
    expect(fs.readFileSync(path.join(target.liveDir('dudley'), 'index.html'), 'utf8')).toBe(page('home'));
  });
});
