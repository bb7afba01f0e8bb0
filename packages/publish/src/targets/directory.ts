import fs from 'node:fs/promises';
import path from 'node:path';
import { changesBetween, manifestOf, type SiteManifest } from '@bfp/fleet-build/split';
import { PRECOMPRESSED_ENCODINGS } from '@bfp/static-host/headers';
import { isCompressible, precompressFiles } from '@bfp/static-host/precompress';
import type { DeployTarget } from './target.ts';

/**
 * Releases in a folder on this machine, served by nginx (`npm run cluster`, production) or `npm start`'s server.
 * Each site's served folder is a symlink to its current release, so a new release goes live in one rename(2) and a
 * failed build never touches what is being served.
 *
 *   <root>/live/<slug>             → ../releases/<slug>/<id>   (what the static host serves)
 *   <root>/releases/<slug>/<id>/   one folder per release, with .br and .gz beside each compressible file; two kept
 *   <root>/releases/<slug>/<id>.json  that release's files and their content hashes (beside it, so the live
 *                                  manifest is always the live release's: the swap moves both at once)
 *   <root>/preview/<slug>          → a preview release (drafts included), served at preview-<slug>
 *   <root>/compressed/<sha256>.br|.gz  compressed copies by content: the fleet's shared assets are compressed once,
 *                                  not once per site (150 × brotli 11 of the same script bundle)
 */
export interface DirectoryTarget extends DeployTarget {
  root: string;
  liveDir: (slug: string) => string;
  previewDir: (slug: string) => string;
  /** Drops compressed copies no release uses any more. */
  pruneCompressed: () => Promise<void>;
  /** The sites served now (a live link each). */
  liveSlugs: () => Promise<string[]>;
  /** Takes a site offline (a partner removed or deactivated); its releases stay, so it can come back unchanged. */
  retire: (slug: string) => Promise<void>;
}

const KEEP_RELEASES = 2;
const variantsOf = (file: string) => PRECOMPRESSED_ENCODINGS.map(({ suffix }) => `${file}${suffix}`);
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

export function directoryTarget(root: string): DirectoryTarget {
  const liveDir = (slug: string) => path.join(root, 'live', slug);
  const previewDir = (slug: string) => path.join(root, 'preview', slug);
  let counter = 0;
  const uniqueName = () => `${Date.now()}-${process.pid}-${counter++}`;

  async function newRelease(slug: string) {
    const dir = path.join(root, 'releases', slug, uniqueName());
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  /** Points `link` at `release` atomically: a request sees the old release or the new one, never neither. */
  async function swap(link: string, release: string) {
    await fs.mkdir(path.dirname(link), { recursive: true });
    const temporary = `${link}.next-${uniqueName()}`;
    await fs.symlink(path.relative(path.dirname(link), release), temporary);
    await fs.rename(temporary, link);
  }

  const cacheDir = path.join(root, 'compressed');
  /** Compressed copies of `files` in `release`, each from the cache when that content was compressed before. */
  async function compressInto(release: string, files: string[], manifest: SiteManifest) {
    await fs.mkdir(cacheDir, { recursive: true });
    const fresh: string[] = [];
    for (const file of files.filter(isCompressible)) {
      const cached = path.join(cacheDir, manifest[file]!);
      if (!(await exists(`${cached}.done`))) {
        fresh.push(file);
        continue;
      }
      for (const { suffix } of PRECOMPRESSED_ENCODINGS)
        await fs.link(`${cached}${suffix}`, path.join(release, `${file}${suffix}`)).catch(() => undefined);
    }
    await precompressFiles({ dir: release, files: fresh });
    for (const file of fresh) {
      const cached = path.join(cacheDir, manifest[file]!);
      for (const { suffix } of PRECOMPRESSED_ENCODINGS)
        await fs.link(path.join(release, `${file}${suffix}`), `${cached}${suffix}`).catch(() => undefined);
      // Written last, and also when compressing did not pay: the content need never be tried again.
      await fs.writeFile(`${cached}.done`, '');
    }
  }

  async function prune(slug: string) {
    const releases = path.join(root, 'releases', slug);
    const inUse = await Promise.all([liveDir(slug), previewDir(slug)].map((link) => fs.realpath(link).catch(() => '')));
    const names = (await fs.readdir(releases))
      .filter((name) => !name.endsWith('.json'))
      .sort()
      .reverse();
    for (const name of names.slice(KEEP_RELEASES)) {
      const dir = path.join(releases, name);
      if (!inUse.includes(dir)) {
        await fs.rm(dir, { recursive: true, force: true });
        await fs.rm(`${dir}.json`, { force: true });
      }
    }
  }

  const target: DirectoryTarget = {
    root,
    async liveSlugs() {
      return (await fs.readdir(path.join(root, 'live')).catch(() => [] as string[]))
        .filter((name) => !name.includes('.next-'))
        .sort();
    },
    async retire(slug) {
      await fs.rm(liveDir(slug), { force: true });
      await fs.rm(previewDir(slug), { force: true });
    },
    async pruneCompressed() {
      // A cached copy no release links to any more (only the cache's own name is left) is dropped.
      for (const name of await fs.readdir(cacheDir).catch(() => [] as string[])) {
        if (name.endsWith('.done')) continue;
        const file = path.join(cacheDir, name);
        if ((await fs.stat(file)).nlink === 1) {
          await fs.rm(file, { force: true });
          await fs.rm(`${file.replace(/\.[a-z]+$/, '')}.done`, { force: true });
        }
      }
    },
    liveDir,
    previewDir,
    async scratchDir() {
      await fs.mkdir(path.join(root, 'scratch'), { recursive: true });
      return fs.mkdtemp(path.join(root, 'scratch', 'build-'));
    },
    async liveManifest(slug) {
      try {
        return JSON.parse(await fs.readFile(`${await fs.realpath(liveDir(slug))}.json`, 'utf8')) as SiteManifest;
      } catch {
        return null;
      }
    },
    async deploy(slug, builtDir, manifest) {
      const previous = await target.liveManifest(slug);
      const changes = changesBetween(previous, manifest);
      if (previous && !changes.changed.length && !changes.removed.length) return { ...changes, deployed: false };
      const current = previous ? await fs.realpath(liveDir(slug)) : null;
      const release = await newRelease(slug);
      const changed = new Set(changes.changed);
      for (const file of Object.keys(manifest)) {
        const destination = path.join(release, file);
        await fs.mkdir(path.dirname(destination), { recursive: true });
        if (current && !changed.has(file)) {
          // Hard links: an unchanged file (and its compressed copies) costs no space and no copying.
          await fs.link(path.join(current, file), destination);
          // A compressed copy exists only for text worth compressing; other files have none to look for.
          if (isCompressible(file))
            for (const variant of variantsOf(file))
              await fs.link(path.join(current, variant), path.join(release, variant)).catch(() => undefined);
        } else await fs.rename(path.join(builtDir, file), destination);
      }
      await compressInto(release, changes.changed, manifest);
      await fs.writeFile(`${release}.json`, JSON.stringify(manifest));
      await swap(liveDir(slug), release);
      await prune(slug);
      return { ...changes, deployed: true };
    },
    async deployPreview(slug, builtDir) {
      const release = await newRelease(slug);
      await fs.rm(release, { recursive: true });
      await fs.rename(builtDir, release);
      const manifest = await manifestOf(release);
      await compressInto(release, Object.keys(manifest), manifest);
      await swap(previewDir(slug), release);
      await prune(slug);
    },
  };
  return target;
}
