import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCluster, type RunningCluster } from '../src/cluster.ts';

export interface TestClusterPorts {
  postgres: number;
  instances: number[];
  nginx: number;
  sites: number;
}

export interface TestCluster {
  /** Every line the cluster's processes wrote, for a test that reads them and for the message when a start fails. */
  log: string[];
  /** The file's temporary folder: the cluster's data unless a start names another folder inside it. */
  dir: string;
  /** Starts the cluster on the file's ports; `cmsEnv` adds to (or overrides) the file's own for this start only. */
  start: (options?: { dataDir?: string; cmsEnv?: NodeJS.ProcessEnv }) => Promise<RunningCluster>;
  /** Stops the running cluster (its data stays, for another start). */
  stop: () => Promise<void>;
  /** Stops the cluster if one is running, and removes the temporary folder. */
  remove: () => Promise<void>;
}

/**
 * The one set-up of the cluster every test file of this package uses: a temporary folder of its own, the file's own
 * ports (no two files share one, so files could run side by side), and the processes' log kept in memory: printed as it
 * comes with BFP_TEST_VERBOSE set, and its last lines printed when a start fails, since the error alone rarely says why.
 */
export function testCluster({
  name,
  ports,
  workers,
  cmsEnv = {},
}: {
  name: string;
  ports: TestClusterPorts;
  workers?: number;
  cmsEnv?: NodeJS.ProcessEnv;
}): TestCluster {
  const log: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bfp-cluster-${name}-`));
  // PostgreSQL runs as its own account (initdb refuses root): it must be able to pass through to a data folder inside.
  fs.chmodSync(dir, 0o755);
  let running: RunningCluster | undefined;
  const stop = async () => {
    await running?.stop();
    running = undefined;
  };
  return {
    log,
    dir,
    start: async ({ dataDir = dir, cmsEnv: startEnv = {} } = {}) => {
      try {
        running = await startCluster({
          dir: dataDir,
          postgresPort: ports.postgres,
          instancePorts: ports.instances,
          nginxPort: ports.nginx,
          sitesPort: ports.sites,
          workers,
          // Under `npm test` turbo built the CMS before this suite (turbo.json); a second turbo build here is a cache hit
          // that restores .next over the build the local-stack suite beside this one is serving from.
          buildCms: !process.env.BFP_CMS_PREBUILT,
          // Astro's caches of its own: CI runs this suite beside local-stack's, whose CMS builds the same sites.
          cmsEnv: { SITE_BUILD_CACHE_DIR: path.join(dir, 'astro-cache'), ...cmsEnv, ...startEnv },
          log: (line) => {
            log.push(line);
            if (process.env.BFP_TEST_VERBOSE) console.log(line);
          },
        });
        return running;
      } catch (error) {
        console.error(log.slice(-80).join('\n'));
        throw error;
      }
    },
    stop,
    remove: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
