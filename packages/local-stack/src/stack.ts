import fs from 'node:fs';
import path from 'node:path';
import { startStaticSitesServer } from '@bfp/static-host/server';
import { isPartnerSlug } from '@bfp/static-host/partner-slug';
import { renderSitesIndex } from '@bfp/static-host/nginx-sites';
import { directoryTarget } from '@bfp/publish/targets/directory';
import { startCms, type RunningCms } from './cms.ts';
import { loginToken } from './cmsLogin.ts';
import { repoRoot, sitesRoot as repoSitesRoot } from './repo.ts';

export interface StackOptions {
  cmsPort: number;
  sitesPort: number;
  /** Where built sites are kept (releases, live links, previews). */
  sitesDir: string;
  /** Where the site folders are: the repo's sites/ unless a benchmark generates its own. */
  sitesRoot?: string;
  /** Extra CMS environment (DATABASE_URL, MEDIA_DIR, MAIL_DIR, REBUILD_DEBOUNCE_MS …). */
  cmsEnv?: NodeJS.ProcessEnv;
  /** Rebuilds affecting at least this many sites use one fleet build (default 2); Infinity builds each site alone. */
  fleetThreshold?: number;
  log?: (line: string) => void;
}

export interface SiteBuildStatus {
  slug: string;
  ok: boolean;
  error?: string;
  ms: number;
}

export interface RunningStack {
  cms: RunningCms;
  sitesPort: number;
  /** Each active partner's first build after start-up (the worker rebuilds every site when it starts). */
  initialBuilds: SiteBuildStatus[];
  sites: ReturnType<typeof directoryTarget>;
  stop: () => Promise<void>;
}

const INITIAL_BUILD_TIMEOUT_MS = 5 * 60_000;

/** Waits until every active partner's site has been built since `since`, as the CMS's site-builds list records it. */
async function initialBuilds(cmsUrl: string, since: number): Promise<SiteBuildStatus[]> {
  const headers = { Authorization: `JWT ${await loginToken(cmsUrl, 'admin@bfp.example')}` };
  for (
    const deadline = Date.now() + INITIAL_BUILD_TIMEOUT_MS;
    Date.now() < deadline;
    await new Promise((resolve) => setTimeout(resolve, 500))
  ) {
    const response = await fetch(`${cmsUrl}/api/site-builds?depth=1&limit=1000`, { headers });
    const { docs } = (await response.json()) as {
      docs: Array<{
        status: string;
        finishedAt?: string;
        buildMs?: number;
        lastError?: string;
        partner: { slug: string; active?: boolean };
      }>;
    };
    const active = docs.filter((doc) => doc.partner.active !== false);
    const done = active.filter(
      (doc) =>
        doc.finishedAt && Date.parse(doc.finishedAt) >= since && (doc.status === 'live' || doc.status === 'failed'),
    );
    if (active.length && done.length === active.length) {
      return done.map((doc) => ({
        slug: doc.partner.slug,
        ok: doc.status === 'live',
        error: doc.lastError ?? undefined,
        ms: doc.buildMs ?? 0,
      }));
    }
  }
  throw new Error(
    `The partner sites were not all built within ${INITIAL_BUILD_TIMEOUT_MS / 60_000} minutes: see "Site builds" in the admin.`,
  );
}

/** Every site with a live release, for the server's Host routing and its index page. */
function liveSlugs(sitesDir: string): string[] {
  const live = path.join(sitesDir, 'live');
  return fs.existsSync(live) ? fs.readdirSync(live).filter(isPartnerSlug).sort() : [];
}

/**
 * The whole product on one machine: the CMS and its jobs worker (which builds and deploys every partner site, here
 * into `sitesDir`), and the static server that serves the sites by Host name with the same headers as nginx.
 * `npm start` and the end-to-end tests both start it this way.
 */
export async function startStack({
  cmsPort,
  sitesPort,
  sitesDir,
  sitesRoot = repoSitesRoot,
  cmsEnv,
  fleetThreshold,
  log = console.log,
}: StackOptions): Promise<RunningStack> {
  const cmsUrl = `http://localhost:${cmsPort}`;
  const sites = directoryTarget(sitesDir);
  const localSitesOrigin = `http://{slug}.localhost:${sitesPort}`;
  const siteList = () => liveSlugs(sitesDir).map((slug) => ({ slug, serverNames: [`${slug}.localhost`] }));
  const server = await startStaticSitesServer({
    port: sitesPort,
    sitesDir,
    sites: siteList,
    cmsOrigin: cmsUrl,
    indexHtml: () => renderSitesIndex(siteList(), localSitesOrigin),
  });
  let cms: RunningCms | undefined;
  try {
    const started = Date.now();
    cms = await startCms({
      port: cmsPort,
      localSitesOrigin,
      env: {
        SITES_DIR: sitesDir,
        SITES_ROOT: sitesRoot,
        REBUILD_ALL_ON_START: 'true',
        ...(fleetThreshold === undefined ? {} : { FLEET_THRESHOLD: String(fleetThreshold) }),
        ...cmsEnv,
      },
      log,
    });
    const builds = await initialBuilds(cms.url, started);
    // One broken site (say, a partner record the site schema refuses) must not keep the others offline.
    for (const failed of builds.filter((b) => !b.ok))
      log(`[start] ${failed.slug} could not be built and is not served:\n${failed.error}`);
    const running = cms;
    return {
      cms: running,
      sitesPort,
      initialBuilds: builds,
      sites,
      stop: async () => {
        await server.stop();
        await running.stop();
      },
    };
  } catch (error) {
    await server.stop();
    await cms?.stop();
    throw error;
  }
}

/** Where `npm start` keeps built sites (gitignored). */
export const defaultSitesDir = path.join(repoRoot, 'packages', 'local-stack', '.sites');
