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
  log?: (line: string) => void;
}

export interface RunningCms {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts the built CMS (`npm start` in cms/: migrate, seed, next start) and waits until its API answers. */
export async function startCms({ port, localSitesOrigin, env, log }: CmsOptions): Promise<RunningCms> {
  const url = `http://localhost:${port}`;
  const child = spawnNpm(['run', 'start'], {
    cwd: path.join(repoRoot, 'cms'),
    label: 'cms',
    log,
    env: { BFP_ENV: 'local', CMS_PORT: String(port), CMS_URL: url, LOCAL_SITES_ORIGIN: localSitesOrigin, ...env },
  });
  await waitForHttp(`${url}/api/partners?limit=1`, { child, timeoutMs: 180_000 });
  return { url, process: child, stop: () => stopProcess(child) };
}
