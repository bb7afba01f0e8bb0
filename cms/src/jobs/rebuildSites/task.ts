import type { TaskConfig } from 'payload';
import { deploySites } from './deploySites.ts';
import { REBUILD_TASK } from './requestRebuild.ts';

interface RebuildOutput {
  built: string[];
  failed: string[];
  stages?: string[];
}

/**
 * Rebuilds every site marked pending (or failed earlier). A site whose content changed again while it was building
 * stays pending: the change queued another job, which builds it once more.
 */
export const rebuildSitesTask = {
  slug: REBUILD_TASK,
  label: 'Rebuild partner sites',
  outputSchema: [
    { name: 'built', type: 'json' },
    { name: 'failed', type: 'json' },
    { name: 'stages', type: 'json' },
  ],
  // Payload retries the job with backoff; each retry picks up the sites still marked failed.
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  handler: async ({ req }) => {
    const { payload } = req;
    const startedAt = new Date();
    const { docs: due } = await payload.find({
      collection: 'site-builds',
      where: { status: { in: ['pending', 'failed'] } },
      pagination: false,
      depth: 1,
      req,
    });
    const sites = due.flatMap((build) =>
      typeof build.partner === 'object' && build.partner ? [{ build, slug: build.partner.slug, deployHookUrl: build.partner.deployHookUrl }] : [],
    );
    if (!sites.length) return { output: { built: [], failed: [] } satisfies RebuildOutput };

    payload.logger.info(`[rebuild] building ${sites.map((s) => s.slug).join(', ')}`);
    for (const { build } of sites) {
      await payload.update({ collection: 'site-builds', id: build.id, data: { status: 'building', startedAt: startedAt.toISOString() }, req });
    }
    const { results, stages } = await deploySites(sites.map(({ slug, deployHookUrl }) => ({ slug, deployHookUrl })));
    for (const line of stages) payload.logger.info(`[rebuild] ${line}`);

    const output: RebuildOutput = { built: [], failed: [], stages };
    for (const result of results) {
      const site = sites.find((s) => s.slug === result.slug)!;
      const current = await payload.findByID({ collection: 'site-builds', id: site.build.id, depth: 0, req });
      const changedSince = current.requestedAt && new Date(current.requestedAt) > startedAt;
      const finishedAt = new Date().toISOString();
      if (result.ok) {
        output.built.push(result.slug);
        await payload.update({
          collection: 'site-builds',
          id: site.build.id,
          data: { status: changedSince ? 'pending' : 'live', finishedAt, lastLiveAt: finishedAt, buildMs: result.ms, lastError: null },
          req,
        });
      } else {
        output.failed.push(result.slug);
        await payload.update({
          collection: 'site-builds',
          id: site.build.id,
          data: { status: changedSince ? 'pending' : 'failed', finishedAt, buildMs: result.ms, lastError: result.error ?? 'unknown error' },
          req,
        });
      }
      payload.logger.info(`[rebuild] ${result.slug}: ${result.ok ? 'live' : `FAILED (${result.error})`} in ${(result.ms / 1000).toFixed(1)} s`);
    }
    if (output.failed.length) {
      // Failing the job makes Payload retry it and shows the error on the job in the admin.
      throw new Error(`Site build failed for ${output.failed.join(', ')}; the last good version of each stays online.`);
    }
    return { output };
  },
} as TaskConfig<{ input: object; output: RebuildOutput }>;
