import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGES, SITE_PATHS, notFoundPagePath } from '@bfp/eligibility';

/** Path (relative to the site's root, with forward slashes) → sha256 of the file's bytes. */
export type SiteManifest = Record<string, string>;

export interface SplitSite {
  slug: string;
  /** The site's own folder, ready to deploy as the whole site. */
  dir: string;
  manifest: SiteManifest;
}

/**
 * Splits one fleet build's output (every partner's pages under /<slug>/, shared assets under /_astro/) into one
 * self-contained folder per site: the partner's pages at its root, its 404 pages where the hosts look for them
 * (placeNotFoundPages), and its own hard links to the shared assets (no copying; each site can be deployed alone).
 * Moves the pages rather than copying them, so `distDir` is consumed.
 */
export async function splitFleetOutput({ distDir, outDir }: { distDir: string; outDir: string }): Promise<SplitSite[]> {
  const entries = await fs.readdir(distDir, { withFileTypes: true });
  // Partner folders are named by slug; everything else at the top (/_astro/ and any public files) is shared.
  const siteNames = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => e.name);
  const shared = entries.filter((e) => !siteNames.includes(e.name)).map((e) => e.name);
  await fs.mkdir(outDir, { recursive: true });
  const dirs: Array<{ slug: string; dir: string }> = [];
  for (const slug of siteNames) {
    const dir = path.join(outDir, slug);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(path.join(distDir, slug), dir);
    await placeNotFoundPages(dir);
    for (const name of shared) await linkTree(path.join(distDir, name), path.join(dir, name));
    dirs.push({ slug, dir });
  }
  // Hashing is the slow part (every file read once); sites are independent, so read them concurrently.
  return Promise.all(dirs.map(async ({ slug, dir }) => ({ slug, dir, manifest: await manifestOf(dir) })));
}

/**
 * Astro writes a site's root 404 page as 404.html, but the 404 page of another language (a route /cy/404) as
 * cy/404/index.html, a page anyone could open. Each language's is moved to where the hosts look for it
 * (notFoundPagePath: /cy/404.html), so a missing Welsh address is answered in Welsh.
 */
export async function placeNotFoundPages(siteDir: string): Promise<void> {
  for (const language of LANGUAGES) {
    const folder = path.join(siteDir, SITE_PATHS[language].home, '404');
    const built = path.join(folder, 'index.html');
    if (!(await exists(built))) continue;
    await fs.rename(built, path.join(siteDir, notFoundPagePath(language)));
    await fs.rm(folder, { recursive: true, force: true });
  }
}

/** Every file under `dir` with the hash of its content. */
export async function manifestOf(dir: string): Promise<SiteManifest> {
  const files = await filesUnder(dir);
  const hashes = await Promise.all(
    files.map(async (file) =>
      crypto
        .createHash('sha256')
        .update(await fs.readFile(path.join(dir, file)))
        .digest('hex'),
    ),
  );
  return Object.fromEntries(files.map((file, i) => [file, hashes[i]!]));
}

export interface SiteChanges {
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** What a deploy must send: files new or different since `previous`, and files no longer there. */
export function changesBetween(previous: SiteManifest | null, next: SiteManifest): SiteChanges {
  const changed = Object.keys(next)
    .filter((file) => previous?.[file] !== next[file])
    .sort();
  const removed = previous
    ? Object.keys(previous)
        .filter((file) => !(file in next))
        .sort()
    : [];
  return { changed, removed, unchanged: Object.keys(next).length - changed.length };
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, relative)));
    else files.push(relative);
  }
  return files;
}

async function linkTree(from: string, to: string): Promise<void> {
  const stat = await fs.stat(from);
  if (!stat.isDirectory()) {
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.link(from, to).catch(() => fs.copyFile(from, to));
    return;
  }
  await fs.mkdir(to, { recursive: true });
  for (const name of await fs.readdir(from)) await linkTree(path.join(from, name), path.join(to, name));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
