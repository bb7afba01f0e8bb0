import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run } from '@bfp/child-process';
import { fleetBuildResult, type FleetBuildReport } from '@bfp/fleet-build/report';
import { splitFleetOutput } from '@bfp/fleet-build/split';
import type { DeployTarget } from './targets/target.ts';
import type { SiteBuildResult } from './siteBuilder.ts';

const buildScript = createRequire(import.meta.url).resolve('@bfp/fleet-build/build');

export interface FleetBuildOutcome {
  results: SiteBuildResult[];
  /** One line per stage, for the job log and `npm start`'s output. */
  stages: string[];
  peakRssMb: number | null;
  /** False when the one build failed as a whole (the caller then builds the sites one by one). */
  built: boolean;
  error?: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Every requested partner's site from ONE Astro build (packages/fleet-build): render all, split per site, then deploy each
 * site's changed files only. A site whose files did not change is not touched; a partner that rendered nothing (its
 * record did not pass the site schema) is reported as failed while the others go live.
 */
export async function publishFleetBuild({
  slugs,
  cmsUrl,
  localSitesOrigin,
  target,
  log,
}: {
  slugs: readonly string[];
  cmsUrl: string;
  localSitesOrigin?: string;
  target: DeployTarget;
  log: (line: string) => void;
}): Promise<FleetBuildOutcome> {
  const stages: string[] = [];
  const stage = (line: string) => {
    stages.push(line);
    log(`[fleet] ${line}`);
  };
  const started = Date.now();
  // Beside the releases, so splitting and deploying are renames and hard links on one file system, not copies.
  const work = await target.scratchDir();
  const distDir = path.join(work, 'dist');
  // Filled in by the child's result line; a holder object, because a `let` assigned in a callback reads as never set.
  const child: { report?: FleetBuildReport } = {};
  try {
    // The render's own output is kept for the error only: the stages below are what the job log shows.
    const render = run(process.execPath, [buildScript, distDir], {
      cwd: path.dirname(buildScript),
      label: 'fleet',
      log: () => {},
      keep: 15,
      take: fleetBuildResult.takeInto((report) => (child.report = report)),
      env: {
        CMS_URL: cmsUrl,
        LOCAL_SITES_ORIGIN: localSitesOrigin ?? '',
        FLEET_PARTNERS: slugs.join(','),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    try {
      await render.done;
    } catch (error) {
      const message = `${(error as Error).message}\n${render.tail()}`;
      stage(`render FAILED after ${seconds(Date.now() - started)}: ${(error as Error).message}`);
      return { results: [], stages, peakRssMb: null, built: false, error: message };
    }
    const rendered = child.report;
    if (rendered) {
      stage(`fetch content ${seconds(rendered.fetchMs)} (with Astro's start-up)`);
      stage(`render ${slugs.length} sites ${seconds(rendered.renderMs)} (peak ${rendered.peakRssMb} MB)`);
    }

    const splitStarted = Date.now();
    const split = await splitFleetOutput({ distDir, outDir: path.join(work, 'sites') });
    stage(`split into ${split.length} site folders ${seconds(Date.now() - splitStarted)}`);

    const deployStarted = Date.now();
    const results: SiteBuildResult[] = [];
    let changedSites = 0;
    let changedFiles = 0;
    for (const site of split) {
      if (!slugs.includes(site.slug)) continue;
      const deployed = await target.deploy(site.slug, site.dir, site.manifest);
      if (deployed.deployed) {
        changedSites += 1;
        changedFiles += deployed.changed.length + deployed.removed.length;
      }
      results.push({
        slug: site.slug,
        ok: true,
        ms: Date.now() - started,
        changedFiles: deployed.changed.length,
        removedFiles: deployed.removed.length,
        changed: deployed.changed,
      });
    }
    for (const slug of slugs) {
      if (!split.some((site) => site.slug === slug)) {
        results.push({
          slug,
          ok: false,
          ms: Date.now() - started,
          error: `No pages were rendered for "${slug}": it is not an active partner, or its record did not pass the site's checks (see the build log).`,
        });
      }
    }
    stage(
      `deploy ${seconds(Date.now() - deployStarted)}: ${changedSites} sites changed (${changedFiles} files), ${split.length - changedSites} unchanged`,
    );
    return { results, stages, peakRssMb: rendered?.peakRssMb ?? null, built: true };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
