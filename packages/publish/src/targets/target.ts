import type { SiteChanges, SiteManifest } from '@bfp/fleet-build/split';

/**
 * Where built sites go. The worker's publisher knows nothing else about the host: today a folder of releases served
 * by nginx (or by `npm start`'s Node server), next an S3-compatible bucket behind a CDN (see docs/developer.md, "Publishing somewhere else").
 */
export interface DeployTarget {
  /** Scratch space for builds on the same file system as the releases, so deploying moves files instead of copying. */
  scratchDir: () => Promise<string>;
  /**
   * Puts a built site live by its changes only: files whose content is unchanged are taken from the live release,
   * only new or changed files come from `builtDir`, and the new release replaces the old one atomically. A site with
   * no changes is not touched. Consumes `builtDir`.
   */
  deploy: (slug: string, builtDir: string, manifest: SiteManifest) => Promise<SiteChanges & { deployed: boolean }>;
  /** Replaces a site's preview (drafts included) with `builtDir`; the live site is untouched. */
  deployPreview: (slug: string, builtDir: string) => Promise<void>;
  /** The live release's manifest, or null when the site has never been deployed. */
  liveManifest: (slug: string) => Promise<SiteManifest | null>;
}
