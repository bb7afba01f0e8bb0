import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run } from '@bfp/child-process';
import { manifestOf, placeNotFoundPages } from '@bfp/fleet-build/split';
import { publishFleetBuild } from './fleetPublish.ts';
import { hasSiteFolder } from './siteFolders.ts';
import type { PublishResult } from '@bfp/cms/publish-protocol';
import type { DeployTarget } from './targets/target.ts';

// astro's exports map hides bin/; find it next to the package's own package.json.
const astroCli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);

/** One site's build and deploy, as the publisher reports it to the worker, plus the changed files for verifying. */
export interface SiteBuildResult extends Omit<PublishResult, 'url'> {
  changed?: string[];
}

export interface SiteBuilderOptions {
  cmsUrl: string;
  /** Where the site folders are (the repo's sites/, or a benchmark's own). */
  sitesRoot: string;
  /** e.g. http://{slug}.localhost:4321: links between partner sites then stay on this machine. */
  localSitesOrigin?: string;
  target: DeployTarget;
  /** Single-site builds at once. Each Astro build is one Node process of ~0.4 GB; two suit a 2-core machine. */
  concurrency?: number;
  /**
   * When a change affects at least this many sites they are rendered in ONE fleet build (packages/fleet-build) instead of
   * one Astro build each: ~1.5 s of start-up per site saved, which is the whole cost at 150 sites.
   */
  fleetThreshold?: number;
  log?: (line: string) => void;
}

export interface BuildOutcome {
  results: SiteBuildResult[];
  /** What happened, stage by stage, for the job log. */
  stages: string[];
}

interface AstroBuildArgs {
  slug: string;
  localSitesOrigin?: string;
  sitesRoot: string;
  cmsUrl: string;
  outDir: string;
  previewToken?: string;
  log: (line: string) => void;
}

/**
 * One Astro build of <sitesRoot>/<slug> against the CMS, into `outDir`; throws with the build's last lines on failure.
 * Astro's CLI runs directly under this process's Node (the repo's Node 24), skipping npm's start-up.
 */
async function astroBuild({ slug, sitesRoot, cmsUrl, outDir, previewToken, localSitesOrigin, log }: AstroBuildArgs) {
  const cwd = path.join(sitesRoot, slug);
  const build = run(process.execPath, [astroCli, 'build', '--root', cwd, '--outDir', outDir], {
    cwd,
    label: previewToken ? `preview:${slug}` : `site:${slug}`,
    log,
    keep: 15,
    env: {
      CMS_URL: cmsUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS_PREVIEW_TOKEN: previewToken ?? '',
      LOCAL_SITES_ORIGIN: localSitesOrigin ?? '',
    },
  });
  await build.done.catch((error: Error) => {
    throw new Error(`${error.message}\n${build.tail()}`);
  });
}

/**
 * Builds partner sites and deploys each one's changed files when its build succeeds. A site folder with pages of its
 * own (sites/<slug>/src/pages) is built by itself; every other site is one partner record rendered by site-kit, so
 * it can be rendered in the fleet build, alone or with others.
 */
export function createSiteBuilder({
  cmsUrl,
  sitesRoot,
  localSitesOrigin,
  target,
  concurrency = 2,
  fleetThreshold = 2,
  log = console.log,
}: SiteBuilderOptions) {
  const hasOwnPages = (slug: string) => fs.existsSync(path.join(sitesRoot, slug, 'src', 'pages'));
  const hasFolder = (slug: string) => hasSiteFolder(sitesRoot, slug);

  async function buildOne(slug: string): Promise<SiteBuildResult> {
    const started = Date.now();
    const work = await target.scratchDir();
    try {
      const outDir = path.join(work, 'dist');
      await astroBuild({ slug, sitesRoot, cmsUrl, outDir, localSitesOrigin, log });
      await placeNotFoundPages(outDir);
      const deployed = await target.deploy(slug, outDir, await manifestOf(outDir));
      return {
        slug,
        ok: true,
        ms: Date.now() - started,
        changedFiles: deployed.changed.length,
        removedFiles: deployed.removed.length,
        changed: deployed.changed,
      };
    } catch (error) {
      return { slug, ok: false, error: (error as Error).message, ms: Date.now() - started };
    } finally {
      await fsp.rm(work, { recursive: true, force: true });
    }
  }

  async function oneByOne(slugs: string[]): Promise<SiteBuildResult[]> {
    const pending = [...slugs];
    const results: SiteBuildResult[] = [];
    const worker = async () => {
      for (let slug = pending.shift(); slug; slug = pending.shift()) results.push(await buildOne(slug));
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker));
    return results;
  }

  return {
    async build(slugs: readonly string[]): Promise<BuildOutcome> {
      const requested = [...new Set(slugs)];
      // One site alone is built from its folder, as a partner's own project would be; many, or a site with no folder
      // (a partner that exists only in the CMS), in the fleet build.
      const fleetSlugs = requested.filter(
        (slug) => !hasOwnPages(slug) && (requested.length >= fleetThreshold || !hasFolder(slug)),
      );
      const single = requested.filter((slug) => !fleetSlugs.includes(slug));
      const stages: string[] = [];
      const results: SiteBuildResult[] = [];
      if (fleetSlugs.length) {
        const fleet = await publishFleetBuild({ slugs: fleetSlugs, cmsUrl, localSitesOrigin, target, log });
        stages.push(...fleet.stages);
        if (fleet.built) results.push(...fleet.results);
        else {
          // One partner's pages failing to render fails the whole fleet build; building each site alone then
          // publishes every site that can be built and pins the failure on the partner that cannot.
          const alone = fleetSlugs.filter(hasFolder);
          stages.push(`building the ${alone.length} site(s) with a folder one by one instead`);
          log(`[fleet] build failed; building the ${alone.length} site(s) with a folder one by one instead`);
          single.push(...alone);
          for (const slug of fleetSlugs.filter((s) => !hasFolder(s)))
            results.push({ slug, ok: false, ms: 0, error: fleet.error ?? 'the fleet build failed' });
        }
      }
      if (single.length) {
        const started = Date.now();
        results.push(...(await oneByOne(single)));
        stages.push(`built ${single.length} site(s) one at a time in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      for (const failed of results.filter((r) => !r.ok))
        stages.push(`${failed.slug} FAILED: ${failed.error?.split('\n')[0]}`);
      return { results, stages };
    },

    /** A preview build reads drafts with the editor's token and replaces only the site's preview. */
    async preview(slug: string, token: string): Promise<SiteBuildResult> {
      const started = Date.now();
      const work = await target.scratchDir();
      try {
        const outDir = path.join(work, 'dist');
        if (hasFolder(slug))
          await astroBuild({ slug, sitesRoot, cmsUrl, outDir, previewToken: token, localSitesOrigin, log });
        else throw new Error(`There is no site folder for "${slug}" to preview`);
        await target.deployPreview(slug, outDir);
        return { slug, ok: true, ms: Date.now() - started };
      } catch (error) {
        return { slug, ok: false, error: (error as Error).message, ms: Date.now() - started };
      } finally {
        await fsp.rm(work, { recursive: true, force: true });
      }
    },
  };
}

export type SiteBuilder = ReturnType<typeof createSiteBuilder>;
