import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { repoRoot } from './repo.ts';
import { spawnNpm, stopProcess, waitForHttp } from './processes.ts';

export interface CmsOptions {
  port: number;
  /** Origin template of the locally served sites, for CORS, e.g. http://{slug}.localhost:4321. */
  localSitesOrigin: string;
  /** Extra environment: DATABASE_URL, MEDIA_DIR, BFP_ENV … */
  env?: NodeJS.ProcessEnv;
  /** false: the web process alone, for tests that build sites themselves and must not race a worker. */
  worker?: boolean;
  log?: (line: string) => void;
}

export interface RunningCms {
  url: string;
  process: ChildProcess;
  /** The jobs worker: e-mail, site builds and maintenance run here, never in the web process. */
  worker: ChildProcess | undefined;
  stop: () => Promise<void>;
}

/**
 * Starts the built CMS as production runs it, on one machine: `npm start` in cms/ (migrate, seed, serve) and, once
 * that answers, the jobs worker beside it with the same environment.
 */
export async function startCms({
  port,
  localSitesOrigin,
  env,
  worker: withWorker = true,
  log,
}: CmsOptions): Promise<RunningCms> {
  const url = `http://localhost:${port}`;
  const cmsEnv = {
    BFP_ENV: 'local',
    CMS_PORT: String(port),
    CMS_URL: url,
    LOCAL_SITES_ORIGIN: localSitesOrigin,
    ...env,
  };
  const cwd = path.join(repoRoot, 'cms');
  const child = spawnNpm(['run', 'start'], { cwd, label: 'cms', log, env: cmsEnv });
  await waitForHttp(`${url}/api/ready`, { child, timeoutMs: 180_000 });
  const worker = withWorker ? spawnNpm(['run', 'worker'], { cwd, label: 'worker', log, env: cmsEnv }) : undefined;
  return {
    url,
    process: child,
    worker,
    stop: async () => void (await Promise.all([stopProcess(worker), stopProcess(child)])),
  };
}
