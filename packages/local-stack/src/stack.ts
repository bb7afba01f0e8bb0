import path from 'node:path';
import type { Server } from 'node:http';
import { startCms, type RunningCms } from './cms.ts';
import { liveSites } from './liveSites.ts';
import { createSiteBuilder, startSiteBuilderServer, type SiteBuildResult } from './siteBuilder.ts';
import { startSitesServer } from './sitesServer.ts';
import { listSites, repoRoot, sitesRoot as repoSitesRoot } from './repo.ts';

export interface StackOptions {
  cmsPort: number;
  sitesPort: number;
  builderPort: number;
  /** Where built sites are kept (live links, builds, previews). */
  sitesDir: string;
  /** Where the site folders are: the repo's sites/ unless a benchmark generates its own. */
  sitesRoot?: string;
  /** Extra CMS environment (DATABASE_URL, MEDIA_DIR, MAIL_DIR, REBUILD_DEBOUNCE_MS …). */
  cmsEnv?: NodeJS.ProcessEnv;
  /** Rebuilds affecting at least this many sites use one fleet build (default 2); Infinity builds each site alone. */
  fleetThreshold?: number;
  log?: (line: string) => void;
}

export interface RunningStack {
  cms: RunningCms;
  sitesPort: number;
  initialBuilds: SiteBuildResult[];
  sites: ReturnType<typeof liveSites>;
  stop: () => Promise<void>;
}

/**
 * The whole product on one machine: the site builder (so the CMS can ask it for rebuilds), the CMS, a first build of
 * every partner site, and the Host-routing sites server. `npm start` and the end-to-end tests both start it this way.
 */
export async function startStack({ cmsPort, sitesPort, builderPort, sitesDir, sitesRoot = repoSitesRoot, cmsEnv, fleetThreshold, log = console.log }: StackOptions): Promise<RunningStack> {
  const cmsUrl = `http://localhost:${cmsPort}`;
  const sites = liveSites(sitesDir);
  const localSitesOrigin = `http://{slug}.localhost:${sitesPort}`;
  const builder = createSiteBuilder({ cmsUrl, sites, sitesRoot, localSitesOrigin, fleetThreshold, log });
  const servers: Server[] = [];
  let cms: RunningCms | undefined;
  try {
    servers.push(await startSiteBuilderServer({ builder, port: builderPort, sitesPort }));
    cms = await startCms({
      port: cmsPort,
      localSitesOrigin,
      env: { SITE_BUILDER_URL: `http://127.0.0.1:${builderPort}`, ...cmsEnv },
      log,
    });
    const slugs = listSites(sitesRoot);
    const { results: initialBuilds } = await builder.build(slugs);
    // One broken site (say, a folder whose partner is not in this database) must not keep the others offline.
    for (const failed of initialBuilds.filter((b) => !b.ok)) log(`[start] ${failed.slug} could not be built and is not served:\n${failed.error}`);
    servers.push(await startSitesServer({ sites, listSlugs: () => listSites(sitesRoot), port: sitesPort }));
    const running = cms;
    return {
      cms: running,
      sitesPort,
      initialBuilds,
      sites,
      stop: async () => {
        for (const server of servers) server.close();
        await running.stop();
      },
    };
  } catch (error) {
    for (const server of servers) server.close();
    await cms?.stop();
    throw error;
  }
}

/** Where `npm start` keeps built sites (gitignored). */
export const defaultSitesDir = path.join(repoRoot, 'packages', 'local-stack', '.sites');
