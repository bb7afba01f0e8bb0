import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sitesRoot as repoSitesRoot } from './repo.ts';
import { run } from './processes.ts';

// astro's exports map hides bin/; find it next to the package's own package.json.
const astroCli = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
import type { LiveSites } from './liveSites.ts';
import { buildFleet } from './fleetBuilder.ts';

export interface SiteBuildResult {
  slug: string;
  ok: boolean;
  error?: string;
  ms: number;
  /** Fleet builds: files deployed because their content changed, and files removed. */
  changedFiles?: number;
  removedFiles?: number;
}

export interface SiteBuilderOptions {
  cmsUrl: string;
  /** Where the site folders are; the repo's sites/ unless a benchmark generates its own. */
  sitesRoot?: string;
  /** e.g. http://{slug}.localhost:4321: links between partner sites then stay on this machine. */
  localSitesOrigin?: string;
  sites: LiveSites;
  /** Builds at once. Each Astro build is one Node process of ~0.4 GB; two suit a 2-core machine. */
  concurrency?: number;
  /**
   * When a change affects at least this many sites they are rendered in ONE fleet build (packages/fleet) instead of
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
  if (!fs.existsSync(path.join(cwd, 'astro.config.ts'))) throw new Error(`There is no site folder ${path.relative(process.cwd(), cwd) || cwd}`);
  const tail: string[] = [];
  await run(process.execPath, [astroCli, 'build', '--root', cwd, '--outDir', outDir], {
    cwd,
    label: previewToken ? `preview:${slug}` : `site:${slug}`,
    log: (line) => {
      tail.push(line);
      if (tail.length > 15) tail.shift();
      log(line);
    },
    env: { CMS_URL: cmsUrl, ASTRO_TELEMETRY_DISABLED: '1', CMS_PREVIEW_TOKEN: previewToken ?? '', LOCAL_SITES_ORIGIN: localSitesOrigin ?? '' },
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${tail.join('\n')}`);
  });
}

/**
 * Builds partner sites and puts each live only when its build succeeds. Builds are serialised per builder (a second
 * request waits for the first), and each request builds its sites `concurrency` at a time.
 */
export function createSiteBuilder({ cmsUrl, sites, sitesRoot = repoSitesRoot, localSitesOrigin, concurrency = 2, fleetThreshold = 2, log = console.log }: SiteBuilderOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** A preview build (with an editor's token) reads drafts and goes to preview-<slug>, never to the live site. */
  async function buildOne(slug: string, previewToken?: string): Promise<SiteBuildResult> {
    const started = Date.now();
    const outDir = await sites.newBuildDir(slug);
    try {
      await astroBuild({ slug, sitesRoot, cmsUrl, outDir, previewToken, localSitesOrigin, log });
      await sites.publish(slug, outDir, previewToken ? 'preview' : 'live');
      return { slug, ok: true, ms: Date.now() - started };
    } catch (error) {
      await sites.discard(outDir);
      return { slug, ok: false, error: (error as Error).message, ms: Date.now() - started };
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

  /** A site folder with pages of its own is built by itself: the fleet renders only the shared site-kit pages. */
  const hasOwnPages = (slug: string) => fs.existsSync(path.join(sitesRoot, slug, 'src', 'pages'));

  return {
    build(slugs: readonly string[]): Promise<BuildOutcome> {
      return serialised(async () => {
        const requested = [...new Set(slugs)];
        const fleetSlugs = requested.length >= fleetThreshold ? requested.filter((slug) => !hasOwnPages(slug)) : [];
        const single = requested.filter((slug) => !fleetSlugs.includes(slug));
        const stages: string[] = [];
        const results: SiteBuildResult[] = [];
        if (fleetSlugs.length) {
          const fleet = await buildFleet({ slugs: fleetSlugs, cmsUrl, localSitesOrigin, sites, log });
          stages.push(...fleet.stages);
          if (fleet.built) results.push(...fleet.results);
          else {
            // One partner's pages failing to render fails the whole fleet build; building each site alone then
            // publishes every site that can be built and pins the failure on the partner that cannot.
            stages.push(`building the ${fleetSlugs.length} sites one by one instead`);
            log(`[fleet] build failed; building the ${fleetSlugs.length} sites one by one instead`);
            single.push(...fleetSlugs);
          }
        }
        if (single.length) {
          const started = Date.now();
          const singles = await oneByOne(single);
          results.push(...singles);
          stages.push(`built ${single.length} site(s) one at a time in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
        for (const failed of results.filter((r) => !r.ok)) stages.push(`${failed.slug} FAILED: ${failed.error?.split('\n')[0]}`);
        return { results, stages };
      });
    },
    /** A preview build reads drafts with the editor's token and is served only at preview-<slug>.localhost. */
    preview(slug: string, token: string): Promise<SiteBuildResult> {
      return serialised(() => buildOne(slug, token));
    },
  };
}

export type SiteBuilder = ReturnType<typeof createSiteBuilder>;

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('request too large');
  }
  return JSON.parse(body || '{}');
}

/**
 * The builder's HTTP face, on loopback only: the CMS's rebuild job posts here (SITE_BUILDER_URL). In production a
 * partner's deploy hook takes this role.
 */
export function startSiteBuilderServer({ builder, port, sitesPort }: { builder: SiteBuilder; port: number; sitesPort: number }): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    try {
      if (req.method === 'POST' && req.url === '/builds') {
        const { sites } = (await readJson(req)) as { sites?: unknown };
        if (!Array.isArray(sites) || !sites.every((s) => typeof s === 'string' && /^[a-z][a-z0-9-]*$/.test(s))) {
          return send(400, { error: 'Send {"sites": ["slug", …]}' });
        }
        return send(200, await builder.build(sites));
      }
      if (req.method === 'POST' && req.url === '/previews') {
        const { site, token } = (await readJson(req)) as { site?: unknown; token?: unknown };
        if (typeof site !== 'string' || !/^[a-z][a-z0-9-]*$/.test(site) || typeof token !== 'string') {
          return send(400, { error: 'Send {"site": "slug", "token": "…"}' });
        }
        const result = await builder.preview(site, token);
        return result.ok ? send(200, { url: `http://preview-${site}.localhost:${sitesPort}/` }) : send(500, { error: result.error });
      }
      send(404, { error: 'POST /builds or POST /previews' });
    } catch (error) {
      send(400, { error: (error as Error).message });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
