import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCms, type RunningCms } from '../../src/cms.ts';
import { buildSites } from '../../src/siteBuilds.ts';
import { startSitesServer } from '../../src/sitesServer.ts';
import { listSites } from '../../src/repo.ts';
import type { Server } from 'node:http';

/** Ports apart from `npm start`'s defaults, so tests run beside a developer's running stack. */
export const CMS_PORT = 3100;
export const SITES_PORT = 4400;

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    sitesPort: number;
    siteOutDirs: Record<string, string>;
  }
}

/**
 * Starts the real product for the tests: the built CMS (`next start`, migrated by its committed migrations and seeded)
 * on a temporary SQLite file, every partner site built from it, and the Host-routing sites server.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-stack-test-'));
  const log: string[] = [];
  const collect = (line: string) => log.push(line);
  let cms: RunningCms | undefined;
  let server: Server | undefined;
  try {
    cms = await startCms({
      port: CMS_PORT,
      localSitesOrigin: `http://{slug}.localhost:${SITES_PORT}`,
      env: { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, MEDIA_DIR: path.join(dir, 'media') },
      log: collect,
    });
    const slugs = listSites();
    const builds = await buildSites({ slugs, cmsUrl: cms.url, outRoot: path.join(dir, 'sites'), log: collect });
    const siteOutDirs = Object.fromEntries(builds.map((b) => [b.slug, b.outDir]));
    server = await startSitesServer({ sites: new Map(Object.entries(siteOutDirs)), port: SITES_PORT });
    project.provide('cmsUrl', cms.url);
    project.provide('sitesPort', SITES_PORT);
    project.provide('siteOutDirs', siteOutDirs);
  } catch (error) {
    console.error(log.slice(-80).join('\n'));
    await cms?.stop();
    throw error;
  }
  return async () => {
    server?.close();
    await cms?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
