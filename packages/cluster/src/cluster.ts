import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { startPostgres, type PostgresCluster } from '@bfp/services/postgres';
import { startNginx, type NginxServer } from '@bfp/services/nginx';
import { buildCms } from '@bfp/local-stack/cms-build';
import { waitForHttp } from '@bfp/local-stack/processes';
import { repoRoot } from '@bfp/local-stack/repo';
import { brotliModuleDirective, renderSitesConfig } from '@bfp/static-host/nginx-sites';
import { pipeLines } from '@bfp/child-process';
import { renderCmsProxyConfig } from './nginxConfig.ts';

export interface ClusterOptions {
  /** Holds PostgreSQL's data, the shared media folder, mail files and nginx's config (gitignored .cluster/ by default). */
  dir: string;
  postgresPort: number;
  /** One web instance per port. */
  instancePorts: number[];
  /** Jobs workers to run; production runs one, the drills prove two are safe. */
  workers?: number;
  nginxPort: number;
  /** nginx serves every partner site here (the static host the worker deploys to): <slug>.localhost:<port>. */
  sitesPort: number;
  /** Extra CMS environment: SMTP_*, ENQUIRY_RATE_LIMIT, EMAIL_* … */
  cmsEnv?: NodeJS.ProcessEnv;
  /** PostgreSQL with fsync (what `npm run cluster` runs) or without (tests, where only speed matters). */
  durable?: boolean;
  /** Build the CMS first if its sources changed (turbo restores it from cache otherwise); off when the caller built it. */
  buildCms?: boolean;
  log?: (line: string) => void;
}

/** A process the cluster keeps running: started again a second after it dies, as systemd's Restart=always would. */
export interface SupervisedProcess {
  name: string;
  /** The running process's pid (changes when it is restarted). */
  pid: () => number | undefined;
  /** kill -9: no chance to finish anything; resolves once it is dead. The supervisor starts it again. */
  kill9: () => Promise<void>;
  /** SIGTERM and wait for it to exit by itself (it is then started again). */
  terminate: () => Promise<void>;
  /** Resolves once the restarted process is ready again. */
  ready: () => Promise<void>;
  /** Stops it and keeps it stopped (an outage) until `resume`. */
  suspend: () => Promise<void>;
  resume: () => void;
  restarts: () => number;
}

export interface RunningCluster {
  url: string;
  /** http://{slug}.localhost:<sitesPort>: where nginx serves each partner site. */
  sitesOrigin: string;
  /** Where the worker deploys site releases (served by nginx). */
  sitesDir: string;
  databaseUrl: string;
  postgres: PostgresCluster;
  nginx: NginxServer;
  instances: SupervisedProcess[];
  workers: SupervisedProcess[];
  cmsEnv: NodeJS.ProcessEnv;
  stop: () => Promise<void>;
}

const cmsRoot = path.join(repoRoot, 'cms');

/**
 * The production tier on this machine: PostgreSQL, the release step (migrate and seed, once), the web instances
 * (`serve`: never run jobs), the jobs worker(s), and nginx balancing the instances. Every piece is the same code a
 * real deployment runs; only the launcher is local. Processes are started as node directly (not through npm), so a
 * drill's kill -9 hits the real process.
 */
export async function startCluster({
  dir,
  postgresPort,
  instancePorts,
  workers = 1,
  nginxPort,
  sitesPort,
  cmsEnv: extraEnv = {},
  durable = false,
  buildCms: build = true,
  log = console.log,
}: ClusterOptions): Promise<RunningCluster> {
  fs.mkdirSync(dir, { recursive: true });
  // PostgreSQL runs as its own account (initdb refuses root): it must be able to pass through this folder.
  fs.chmodSync(dir, 0o711);
  const stoppers: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse())
      await stopOne().catch((error: Error) => log(`[cluster] while stopping: ${error.message}`));
  };
  try {
    if (build) await buildCms(log);
    const postgres = await startPostgres({
      dir: path.join(dir, 'postgres'),
      port: postgresPort,
      durable,
      log: (line) => log(`[postgres] ${line}`),
    });
    stoppers.push(() => postgres.stop());
    const databaseUrl = await ensureDatabase(postgres, 'bfp');

    const url = `http://localhost:${nginxPort}`;
    const sitesOrigin = `http://{slug}.localhost:${sitesPort}`;
    const sitesDir = path.join(dir, 'sites');
    const nginxDir = path.join(dir, 'nginx');
    const sitesListen = `127.0.0.1:${sitesPort}`;
    const cmsEnv: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // A rehearsal on one machine: demo content and logins, as `npm start` has. Everything else as production.
      BFP_ENV: 'local',
      PAYLOAD_SECRET: persistentSecret(dir),
      DATABASE_URL: databaseUrl,
      CMS_URL: url,
      // Only nginx, on this machine, may say who the client is.
      TRUSTED_PROXIES: '127.0.0.1',
      // One uploads folder for every instance: an image uploaded through one is served by the other.
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_DIR: path.join(dir, 'mail'),
      // The worker builds the sites and deploys them into releases nginx serves; it rewrites nginx's server block per
      // partner (sites.conf) and reloads it when partners come and go. Every site is rebuilt when the worker starts.
      LOCAL_SITES_ORIGIN: sitesOrigin,
      SITES_DIR: sitesDir,
      SITES_NGINX_DIR: nginxDir,
      SITES_NGINX_LISTEN: sitesListen,
      REBUILD_ALL_ON_START: 'true',
      ...extraEnv,
    };

    await runToEnd({ script: 'prepare.ts', env: cmsEnv, label: 'release', log });

    const instances = instancePorts.map((port, index) =>
      supervise({
        name: `web-${index + 1}`,
        script: 'serve.ts',
        env: { ...cmsEnv, CMS_PORT: String(port), CMS_HOST: '127.0.0.1' },
        readyUrl: `http://127.0.0.1:${port}/api/ready`,
        log,
      }),
    );
    stoppers.push(async () => void (await Promise.all(instances.map((instance) => instance.stop()))));
    await Promise.all(instances.map((instance) => instance.ready()));

    // nginx first: the worker's first act is to write the sites' server blocks into it and reload it.
    fs.mkdirSync(nginxDir, { recursive: true });
    const sitesConfig = path.join(nginxDir, 'sites.conf');
    // Until the worker has written the partners' server blocks, the sites port lists nothing.
    if (!fs.existsSync(sitesConfig))
      fs.writeFileSync(
        sitesConfig,
        renderSitesConfig({
          listen: sitesListen,
          sitesDir,
          sites: [],
          cmsOrigin: url,
          indexRoot: path.join(sitesDir, 'index'),
        }),
      );
    const nginx = await startNginx({
      dir: nginxDir,
      mainConfig: brotliModuleDirective(),
      config: `${renderCmsProxyConfig({ listen: `127.0.0.1:${nginxPort}`, instances: instancePorts.map((port) => `127.0.0.1:${port}`) })}\ninclude ${sitesConfig};\n`,
      log: (line) => log(`[nginx] ${line}`),
    });
    stoppers.push(() => nginx.stop());

    const workerProcesses = Array.from({ length: workers }, (_, index) =>
      supervise({ name: `worker-${index + 1}`, script: 'worker.ts', env: cmsEnv, log }),
    );
    stoppers.push(async () => void (await Promise.all(workerProcesses.map((worker) => worker.stop()))));
    await waitForHttp(`${url}/api/ready`, { timeoutMs: 30_000 });

    return {
      url,
      sitesOrigin,
      sitesDir,
      databaseUrl,
      postgres,
      nginx,
      instances,
      workers: workerProcesses,
      cmsEnv,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function ensureDatabase(postgres: PostgresCluster, name: string): Promise<string> {
  try {
    return await postgres.createDatabase(name);
  } catch (error) {
    // A cluster folder kept from an earlier run already has it.
    if (/already exists/.test((error as Error).message)) return postgres.url(name);
    throw error;
  }
}

/** Sessions survive a restart of `npm run cluster`: the secret is made once and kept with the data. */
function persistentSecret(dir: string): string {
  const file = path.join(dir, 'payload-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/** One of the CMS's own scripts (cms/src/scripts), run with the cluster's environment, its output labelled. */
interface CmsScript {
  script: string;
  env: NodeJS.ProcessEnv;
  label: string;
  log: (line: string) => void;
}

function spawnCmsScript({ script, env, label, log }: CmsScript): ChildProcess {
  const child = spawn(process.execPath, [path.join('src', 'scripts', script)], {
    cwd: cmsRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeLines(child, label, log);
  return child;
}

function runToEnd({ script, env, label, log }: CmsScript): Promise<void> {
  const child = spawnCmsScript({ script, env, label, log });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} (${script}) exited with ${code}`)),
    );
  });
}

function supervise({
  name,
  script,
  env,
  readyUrl,
  log,
}: {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
  readyUrl?: string;
  log: (line: string) => void;
}): SupervisedProcess & { stop: () => Promise<void> } {
  let child: ChildProcess;
  let stopping = false;
  let suspended = false;
  let restarts = 0;
  let readyPromise: Promise<void>;
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  const start = () => {
    child = spawnCmsScript({ script, env, label: name, log });
    const current = child;
    readyPromise = readyUrl ? waitForHttp(readyUrl, { child: current, timeoutMs: 120_000 }) : Promise.resolve();
    readyPromise.catch(() => undefined);
    current.on('exit', (code, signal) => {
      if (stopping || suspended) return;
      restarts += 1;
      log(`[cluster] ${name} exited (${signal ?? `code ${code}`}); starting it again`);
      setTimeout(() => !stopping && start(), 1000);
    });
  };
  start();

  const waitForExit = (target: ChildProcess, timeoutMs: number) =>
    new Promise<void>((resolve) => {
      if (target.exitCode !== null || target.signalCode !== null) return resolve();
      const timer = setTimeout(() => {
        target.kill('SIGKILL');
      }, timeoutMs);
      target.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  return {
    name,
    pid: () => (exited() ? undefined : child.pid),
    kill9: () => {
      const target = child;
      target.kill('SIGKILL');
      return waitForExit(target, 5_000);
    },
    terminate: async () => {
      const target = child;
      target.kill('SIGTERM');
      await waitForExit(target, 30_000);
    },
    ready: async () => {
      // After a kill the replacement starts a second later: wait for it, then for it to answer.
      while (!stopping && exited()) await new Promise((resolve) => setTimeout(resolve, 200));
      await readyPromise;
    },
    restarts: () => restarts,
    suspend: async () => {
      suspended = true;
      const target = child;
      target.kill('SIGTERM');
      await waitForExit(target, 30_000);
    },
    resume: () => {
      if (!suspended) return;
      suspended = false;
      if (!stopping) start();
    },
    stop: async () => {
      stopping = true;
      const target = child;
      target.kill('SIGTERM');
      await waitForExit(target, 25_000);
    },
  };
}
