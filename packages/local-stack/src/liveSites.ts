import fs from 'node:fs/promises';
import path from 'node:path';
import { changesBetween, manifestOf, type SiteChanges, type SiteManifest } from '@bfp/fleet/split';

/**
 * Where built sites live on this machine. Each site's served folder is a symlink to its latest good build, so a new
 * build goes live in one atomic rename and a failed build never touches what is being served.
 *
 *   <root>/live/<slug>            → ../builds/<slug>/<build-id>   (what the sites server serves)
 *   <root>/builds/<slug>/<id>/    one folder per build; the two newest are kept
 *   <root>/preview/<slug>         → a preview build (drafts included), served at preview-<slug>.localhost
 *   <root>/manifests/<slug>.json  the live build's files and their content hashes
 */
export interface LiveSites {
  root: string;
  liveDir: (slug: string) => string;
  previewDir: (slug: string) => string;
  /** A fresh folder to build into. */
  newBuildDir: (slug: string) => Promise<string>;
  /** Points the live (or preview) link at a finished build, atomically, and prunes old builds. */
  publish: (slug: string, buildDir: string, target?: 'live' | 'preview', manifest?: SiteManifest) => Promise<void>;
  /** Drops a build that failed. */
  discard: (buildDir: string) => Promise<void>;
  /**
   * Puts a built site live by its changes only: files whose content is unchanged are hard-linked from the live build,
   * only new or changed files are moved in from `builtDir`, and a site with no changes is not touched at all.
   */
  deploy: (slug: string, builtDir: string, manifest: SiteManifest) => Promise<SiteChanges & { deployed: boolean }>;
}

const KEEP_BUILDS = 2;

export function liveSites(root: string): LiveSites {
  const liveDir = (slug: string) => path.join(root, 'live', slug);
  const previewDir = (slug: string) => path.join(root, 'preview', slug);
  const manifestFile = (slug: string) => path.join(root, 'manifests', `${slug}.json`);
  let counter = 0;

  async function liveManifest(slug: string): Promise<SiteManifest | null> {
    try {
      await fs.access(liveDir(slug));
      return JSON.parse(await fs.readFile(manifestFile(slug), 'utf8')) as SiteManifest;
    } catch {
      return null;
    }
  }
  async function saveManifest(slug: string, manifest: SiteManifest) {
    await fs.mkdir(path.dirname(manifestFile(slug)), { recursive: true });
    await fs.writeFile(manifestFile(slug), JSON.stringify(manifest));
  }

  const sites: LiveSites = {
    root,
    liveDir,
    previewDir,
    async newBuildDir(slug) {
      const dir = path.join(root, 'builds', slug, `${Date.now()}-${process.pid}-${counter++}`);
      await fs.mkdir(dir, { recursive: true });
      return dir;
    },
    async publish(slug, buildDir, target = 'live', manifest) {
      const link = target === 'live' ? liveDir(slug) : previewDir(slug);
      await fs.mkdir(path.dirname(link), { recursive: true });
      const temporary = `${link}.next-${process.pid}-${counter++}`;
      await fs.symlink(path.relative(path.dirname(link), buildDir), temporary);
      // rename(2) over an existing symlink is atomic: a request sees the old build or the new one, never neither.
      await fs.rename(temporary, link);
      if (target === 'live') await saveManifest(slug, manifest ?? (await manifestOf(buildDir)));
      await prune(path.dirname(buildDir), [await fs.realpath(liveDir(slug)).catch(() => ''), await fs.realpath(previewDir(slug)).catch(() => '')]);
    },
    async discard(buildDir) {
      await fs.rm(buildDir, { recursive: true, force: true });
    },
    async deploy(slug, builtDir, manifest) {
      const previous = await liveManifest(slug);
      const changes = changesBetween(previous, manifest);
      if (previous && !changes.changed.length && !changes.removed.length) return { ...changes, deployed: false };
      const current = previous ? await fs.realpath(liveDir(slug)) : null;
      const release = await sites.newBuildDir(slug);
      const changed = new Set(changes.changed);
      for (const file of Object.keys(manifest)) {
        const target = path.join(release, file);
        await fs.mkdir(path.dirname(target), { recursive: true });
        if (current && !changed.has(file)) await fs.link(path.join(current, file), target);
        else await fs.rename(path.join(builtDir, file), target);
      }
      await sites.publish(slug, release, 'live', manifest);
      return { ...changes, deployed: true };
    },
  };
  return sites;
}

async function prune(buildsOfSite: string, inUse: string[]) {
  const entries = (await fs.readdir(buildsOfSite)).sort().reverse();
  for (const name of entries.slice(KEEP_BUILDS)) {
    const dir = path.join(buildsOfSite, name);
    if (!inUse.includes(dir)) await fs.rm(dir, { recursive: true, force: true });
  }
}
