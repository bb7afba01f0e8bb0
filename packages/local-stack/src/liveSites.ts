import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where built sites live on this machine. Each site's served folder is a symlink to its latest good build, so a new
 * build goes live in one atomic rename and a failed build never touches what is being served.
 *
 *   <root>/live/<slug>            → ../builds/<slug>/<build-id>   (what the sites server serves)
 *   <root>/builds/<slug>/<id>/    one folder per build; the two newest are kept
 *   <root>/preview/<slug>         → a preview build (drafts included), served at preview-<slug>.localhost
 */
export interface LiveSites {
  root: string;
  liveDir: (slug: string) => string;
  previewDir: (slug: string) => string;
  /** A fresh folder to build into. */
  newBuildDir: (slug: string) => Promise<string>;
  /** Points the live (or preview) link at a finished build, atomically, and prunes old builds. */
  publish: (slug: string, buildDir: string, target?: 'live' | 'preview') => Promise<void>;
  /** Drops a build that failed. */
  discard: (buildDir: string) => Promise<void>;
}

const KEEP_BUILDS = 2;

export function liveSites(root: string): LiveSites {
  const liveDir = (slug: string) => path.join(root, 'live', slug);
  const previewDir = (slug: string) => path.join(root, 'preview', slug);
  let counter = 0;
  return {
    root,
    liveDir,
    previewDir,
    async newBuildDir(slug) {
      const dir = path.join(root, 'builds', slug, `${Date.now()}-${process.pid}-${counter++}`);
      await fs.mkdir(dir, { recursive: true });
      return dir;
    },
    async publish(slug, buildDir, target = 'live') {
      const link = target === 'live' ? liveDir(slug) : previewDir(slug);
      await fs.mkdir(path.dirname(link), { recursive: true });
      const temporary = `${link}.next-${process.pid}-${counter++}`;
      await fs.symlink(path.relative(path.dirname(link), buildDir), temporary);
      // rename(2) over an existing symlink is atomic: a request sees the old build or the new one, never neither.
      await fs.rename(temporary, link);
      await prune(path.dirname(buildDir), [await fs.realpath(liveDir(slug)).catch(() => ''), await fs.realpath(previewDir(slug)).catch(() => '')]);
    },
    async discard(buildDir) {
      await fs.rm(buildDir, { recursive: true, force: true });
    },
  };
}

async function prune(buildsOfSite: string, inUse: string[]) {
  const entries = (await fs.readdir(buildsOfSite)).sort().reverse();
  for (const name of entries.slice(KEEP_BUILDS)) {
    const dir = path.join(buildsOfSite, name);
    if (!inUse.includes(dir)) await fs.rm(dir, { recursive: true, force: true });
  }
}
