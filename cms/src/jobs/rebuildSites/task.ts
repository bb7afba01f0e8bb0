import type { Payload, PayloadRequest, TaskConfig } from 'payload';
import { readCmsEnv } from '../../env.ts';
import { STALE_AFTER_MS } from '../queues.ts';
import { notifyDeployHook } from './notifyDeployHook.ts';
import { localhostLinksAllowed } from '../../fields/typedUrl.ts';
import type { HostedSite, PublishOutcome } from './publishProtocol.ts';
import { runPublisher } from './publisher.ts';
import { REBUILD_TASK } from './requestRebuild.ts';
import { missingLocalData, partnerBlocksInUse } from './missingLocalData.ts';
import { missingTranslations, writtenContent, type SitesContent } from './missingTranslations.ts';

/** Nothing: the job builds whatever sites are due. (Previews are a task of their own: previewTask.ts.) */
export type RebuildInput = Record<string, never>;

interface RebuildOutput {
  built: string[];
  failed: string[];
  stages?: string[];
}

/** Every active partner's site: the publisher keeps the static host serving exactly these. */
export async function activeSites(payload: Payload, req: PayloadRequest): Promise<HostedSite[]> {
  const { docs } = await payload.find({
    collection: 'partners',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    req,
  });
  return docs.map((p) => ({ slug: p.slug, siteDomain: p.siteDomain }));
}

/**
 * Rebuilds every site marked pending (or failed earlier, or left `building` by a worker that died), in one run of the
 * publisher: one fleet build for two or more sites, then only changed files deployed, each deploy verified on the
 * static host before the site is marked live. A site whose content changed again while it was building stays pending:
 * the change queued another job, which builds it once more.
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
    const env = readCmsEnv();
    const log = (line: string) => payload.logger.info(`[rebuild] ${line}`);
    const publish = (request: Parameters<typeof runPublisher>[0]['request']) =>
      runPublisher({ script: env.sitePublisher, request, log });
    const sites = await activeSites(payload, req);
    const output: RebuildOutput = { built: [], failed: [], stages: [] };

    const startedAt = new Date();
    const stuckBefore = new Date(Date.now() - STALE_AFTER_MS.builds).toISOString();
    const { docs: due } = await payload.find({
      collection: 'site-builds',
      where: {
        or: [
          { status: { in: ['pending', 'failed'] } },
          { and: [{ status: { equals: 'building' } }, { startedAt: { less_than: stuckBefore } }] },
        ],
      },
      pagination: false,
      depth: 1,
      req,
    });
    const builds = due.flatMap((build) =>
      typeof build.partner === 'object' && build.partner?.active ? [{ build, partner: build.partner }] : [],
    );
    if (!builds.length) return { output };

    log(`building ${builds.map((b) => b.partner.slug).join(', ')}`);
    const partnerBlocks = await partnerBlocksInUse(payload, req);
    // Read once a run, and only if a bilingual partner is in it: most runs rebuild English-only sites.
    let content: Promise<SitesContent> | undefined;
    const sitesContent = () => (content ??= writtenContent(payload, req));
    for (const { build, partner } of builds) {
      const missing = [
        missingLocalData(partner, partnerBlocks),
        await missingTranslations(payload, req, partner, sitesContent),
      ];
      const missingData = missing.filter(Boolean).join('; ') || null;
      await payload.update({
        collection: 'site-builds',
        id: build.id,
        data: { status: 'building', startedAt: startedAt.toISOString(), missingData },
        req,
      });
    }
    const outcome: PublishOutcome = await publish({ kind: 'live', build: builds.map((b) => b.partner.slug), sites });
    output.stages!.push(...outcome.stages);
    for (const line of outcome.stages) log(line);

    for (const { build, partner } of builds) {
      const result = outcome.results.find((r) => r.slug === partner.slug) ?? {
        slug: partner.slug,
        ok: false,
        ms: 0,
        error: 'the publisher gave no result for this site',
      };
      const current = await payload.findByID({ collection: 'site-builds', id: build.id, depth: 0, req });
      const changedSince = current.requestedAt && new Date(current.requestedAt) > startedAt;
      const finishedAt = new Date().toISOString();
      let error = result.ok ? null : (result.error ?? 'unknown error');
      if (result.ok) {
        output.built.push(partner.slug);
        if (partner.deployHookUrl && (result.changedFiles || result.removedFiles)) {
          const hookError = await notifyDeployHook({
            url: partner.deployHookUrl,
            slug: partner.slug,
            siteUrl: result.url,
            allowLocalhost: localhostLinksAllowed(),
          });
          if (hookError) log(`${partner.slug}: live, but ${hookError}`);
          error = hookError && `Live; but ${hookError}`;
        }
      } else output.failed.push(partner.slug);
      await payload.update({
        collection: 'site-builds',
        id: build.id,
        data: result.ok
          ? // As this run read the partner, before the publisher fetched it: the pages carry this version, or (the
            // notice changed mid-build, which queued another build) the partner's current one, accepted anyway.
            {
              status: changedSince ? 'pending' : 'live',
              finishedAt,
              lastLiveAt: finishedAt,
              liveNoticeVersion: partner.privacy.noticeVersion,
              buildMs: result.ms,
              lastError: error,
            }
          : { status: changedSince ? 'pending' : 'failed', finishedAt, buildMs: result.ms, lastError: error },
        req,
      });
      log(`${partner.slug}: ${result.ok ? 'live' : `FAILED (${error})`} in ${(result.ms / 1000).toFixed(1)} s`);
    }
    if (output.failed.length) {
      // Failing the job makes Payload retry it and shows the error on the job in the admin.
      throw new Error(`Site build failed for ${output.failed.join(', ')}; the last good version of each stays online.`);
    }
    return { output };
  },
} as TaskConfig<{ input: RebuildInput; output: RebuildOutput }>;
