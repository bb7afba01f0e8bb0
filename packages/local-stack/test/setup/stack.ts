import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack, type RunningStack } from '../../src/stack.ts';
import { testPort } from '@bfp/services/test-ports';

/** Ports apart from `npm start`'s defaults, so tests run beside a developer's running stack. */
export const CMS_PORT = testPort(3100);
export const SITES_PORT = testPort(4400);

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    sitesPort: number;
    siteOutDirs: Record<string, string>;
    mailDir: string;
  }
}

/**
 * Starts the real product for the tests: the built CMS (`next start`, migrated by its committed migrations and seeded)
 * on a temporary SQLite file, every partner site built from it, the local site builder the CMS's rebuild jobs call,
 * and the Host-routing sites server.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-stack-test-'));
  const log: string[] = [];
  let stack: RunningStack | undefined;
  try {
    stack = await startStack({
      cmsPort: CMS_PORT,
      sitesPort: SITES_PORT,
      sitesDir: path.join(dir, 'sites'),
      cmsEnv: {
        DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        MAIL_DIR: path.join(dir, 'mail'),
        // Astro's caches of its own, as the cluster's tests have: CI runs both suites at once, building the same sites.
        SITE_BUILD_CACHE_DIR: path.join(dir, 'astro-cache'),
        REBUILD_DEBOUNCE_MS: '500',
        // Every browser in the suite posts from the same loopback address; the limit itself is tested in the CMS suite.
        ENQUIRY_RATE_LIMIT: '500/600',
      },
      log: (line) => {
        log.push(line);
        if (process.env.BFP_TEST_VERBOSE) console.log(line);
      },
    });
  } catch (error) {
    console.error(log.slice(-120).join('\n'));
    throw error;
  }
  const running = stack;
  project.provide('cmsUrl', running.cms.url);
  project.provide('sitesPort', SITES_PORT);
  project.provide(
    'siteOutDirs',
    Object.fromEntries(running.initialBuilds.map((b) => [b.slug, running.sites.liveDir(b.slug)])),
  );
  project.provide('mailDir', path.join(dir, 'mail'));
  return async () => {
    await running.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
