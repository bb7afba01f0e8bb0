/**
 * The site publisher: run by the jobs worker as a child process (SITE_PUBLISHER), once per rebuild or preview. Reads
 * one request as JSON on stdin, builds (one fleet build for many sites, one Astro build for one), deploys each site's
 * changed files to the static host, verifies the host serves them, and prints one line: PUBLISH_RESULT {…}.
 *
 *   echo '{"kind":"live","build":["dudley"],"sites":[…]}' | node packages/publish/src/publish.ts
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { publishResult, type PublishOutcome, type PublishRequest, type PublishResult } from '@bfp/cms/publish-protocol';
import { readPublishConfig, repoRoot, siteUrlOf } from './config.ts';
import { createSiteBuilder } from './siteBuilder.ts';
import { compareSiteFolders, listSiteFolders } from './siteFolders.ts';
import { directoryTarget } from './targets/directory.ts';
import { syncNginxSites } from './targets/nginxHost.ts';
import { verifyDeploy } from './verify.ts';

const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function removeAbandonedScratch(sitesDir: string) {
  // A publisher killed mid-build leaves its scratch folder; an hour is far longer than any build.
  const scratch = path.join(sitesDir, 'scratch');
  for (const name of await fs.readdir(scratch).catch(() => [])) {
    const dir = path.join(scratch, name);
    const stat = await fs.stat(dir).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > 3_600_000) await fs.rm(dir, { recursive: true, force: true });
  }
}

async function publish(request: PublishRequest): Promise<PublishOutcome> {
  const config = readPublishConfig();
  const target = directoryTarget(config.sitesDir);
  await removeAbandonedScratch(config.sitesDir);
  const stages: string[] = [];
  const stage = (line: string) => {
    stages.push(line);
    log(line);
  };
  if (config.nginx) {
    // First, so a new partner's server block exists by the time its site is verified.
    const reloaded = await syncNginxSites({
      ...config.nginx,
      nginxDir: config.nginx.dir,
      sitesDir: config.sitesDir,
      cmsOrigin: config.publicCmsUrl,
      previewGrantsOrigin: config.cmsUrl,
      https: config.https,
      sites: request.sites,
      localSitesOrigin: config.localSitesOrigin,
      log,
    });
    if (reloaded) stage(`nginx now serves ${request.sites.length} partner site(s)`);
  }
  if (request.kind === 'live') {
    // Reported with every live run, in the job's log where whoever runs the sites looks when one is missing.
    const relative = path.relative(repoRoot, config.sitesRoot);
    const sitesDir = relative && !relative.startsWith('..') ? relative : config.sitesRoot;
    const folders = compareSiteFolders({
      siteFolders: listSiteFolders(config.sitesRoot),
      activePartners: request.sites.map((site) => site.slug),
      sitesDir,
    });
    for (const warning of folders.warnings) stage(`WARNING: ${warning}`);
    for (const slug of await target.liveSlugs()) {
      if (request.sites.some((site) => site.slug === slug)) continue;
      await target.retire(slug);
      stage(`${slug} is no longer an active partner: its site is offline`);
    }
  }
  const builder = createSiteBuilder({
    cmsUrl: config.cmsUrl,
    sitesRoot: config.sitesRoot,
    localSitesOrigin: config.localSitesOrigin,
    target,
    fleetThreshold: config.fleetThreshold,
    log,
  });

  if (request.kind === 'preview') {
    const result = await builder.preview(request.site, request.token);
    const url = config.localSitesOrigin
      ? `${config.localSitesOrigin.replace('{slug}', `preview-${request.site}`)}/`
      : undefined;
    return { results: [{ ...result, url }], stages };
  }

  const built = await builder.build(request.build);
  stages.push(...built.stages);
  const verifyStarted = Date.now();
  const results: PublishResult[] = await Promise.all(
    built.results.map(async ({ changed = [], ...result }): Promise<PublishResult> => {
      const site = request.sites.find((s) => s.slug === result.slug);
      if (!result.ok || !site)
        return result.ok ? { ...result, ok: false, error: `${result.slug} is not an active partner` } : result;
      const manifest = await target.liveManifest(result.slug);
      const url = siteUrlOf(config, site);
      // Only the files this deploy changed need proving; the home page always is.
      const problem = manifest
        ? await verifyDeploy({ siteUrl: url, manifest, changed })
        : 'no live release after the deploy';
      return problem
        ? { ...result, ok: false, url, error: `deployed, but not verified: ${problem}` }
        : { ...result, url };
    }),
  );
  await target.pruneCompressed();
  stage(
    `verify ${seconds(Date.now() - verifyStarted)}: ${results.filter((r) => r.ok).length} of ${results.length} site(s) answer with the new content`,
  );
  return { results, stages };
}

const request = JSON.parse(await text(process.stdin)) as PublishRequest;
try {
  const outcome = await publish(request);
  publishResult.write(outcome);
} catch (error) {
  const slugs = request.kind === 'live' ? request.build : [request.site];
  const message = (error as Error).message;
  publishResult.write({
    results: slugs.map((slug) => ({ slug, ok: false, ms: 0, error: message })),
    stages: [`FAILED: ${message}`],
  });
}
