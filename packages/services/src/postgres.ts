import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { requirePostgresBinDir } from '@bfp/system-packages/postgres-binaries';
import { endWithUs, exited, followOutput, runCommand, type OutputLog } from '@bfp/child-process';
import { runningAsRoot, systemAccount } from '@bfp/system-packages/system-account';

export interface PostgresOptions {
  /** The data directory. Initialised on first use and reused after, so a gitignored folder can outlive one run. */
  dir: string;
  port: number;
  /** Receives the server's output line by line; without it only the last lines are kept, for error messages. */
  log?: (line: string) => void;
  /**
   * false (the default, for tests) turns off fsync, synchronous commit and full-page writes: several times faster,
   * and a crash of the machine may lose the cluster, which a throw-away cluster does not mind. A clean stop or
   * restart keeps every committed row either way.
   */
  durable?: boolean;
  /** Collation of new databases. C.UTF-8 sorts by code point on every machine, whatever locales it has. */
  locale?: string;
}

export interface PostgresCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database>; the `postgres` database by default. */
  url: (database?: string) => string;
  /** Creates an empty database (or a copy of `template`) and returns its URL. */
  createDatabase: (name: string, options?: { template?: string }) => Promise<string>;
  /** Drops the database, ending any connection still open to it (a test's pool that was not closed). */
  dropDatabase: (name: string) => Promise<void>;
  /** Fast shutdown, then the same server on the same port and folder: clients see the connection drop and come back. */
  restart: () => Promise<void>;
  /** Fast shutdown (open transactions roll back, committed data stays); resolves once the server has exited. */
  stop: () => Promise<void>;
  /** Stops the server and deletes the folder. */
  remove: () => Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * initdb and postgres refuse to run as root. As root we run them as Debian's `postgres` account directly (spawn's
 * uid/gid) rather than through `runuser`: runuser stands between us and the server, ignores SIGINT and turns
 * SIGTERM into SIGKILL two seconds later, so a fast shutdown could not be asked for or waited on.
 */
function serverIdentity(): SpawnOptions {
  if (!runningAsRoot()) return {};
  const account = systemAccount('postgres');
  if (!account)
    throw new Error(
      'Running as root, PostgreSQL needs the `postgres` system account: install it with `apt-get install -y postgresql`.',
    );
  return { uid: account.uid, gid: account.gid };
}

/** A folder below a root-only one (mkdtemp's, /root) is out of the postgres account's reach; say so plainly. */
function checkReachable({ dir, identity }: { dir: string; identity: SpawnOptions }) {
  if (identity.uid === undefined) return;
  for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
    const { mode, uid, gid } = fs.statSync(parent);
    const canEnter = mode & 0o001 || (uid === identity.uid && mode & 0o100) || (gid === identity.gid && mode & 0o010);
    if (!canEnter)
      throw new Error(
        `PostgreSQL runs as the postgres account, which cannot reach ${dir}: ${parent} is closed to it. Use a folder it can reach (e.g. under /tmp).`,
      );
    if (parent === path.dirname(parent)) return;
  }
}

function isInitialised(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

async function initialise({
  dir,
  binDir,
  identity,
  locale,
  log,
}: {
  dir: string;
  binDir: string;
  identity: SpawnOptions;
  locale: string;
  log?: (line: string) => void;
}) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (identity.uid !== undefined) fs.chownSync(dir, identity.uid, identity.gid!);
  await runCommand({
    command: path.join(binDir, 'initdb'),
    args: [
      '--pgdata',
      dir,
      '--username',
      'postgres',
      '--auth',
      'trust',
      '--encoding',
      'UTF8',
      '--locale',
      locale,
      '--no-instructions',
    ],
    options: { ...identity, cwd: dir },
    label: 'initdb',
    log,
  });
  // Trust, but only over this folder's socket and loopback; the server listens on nothing else either.
  fs.writeFileSync(
    path.join(dir, 'pg_hba.conf'),
    [
      '# Written by @bfp/services: a throw-away cluster for tests and local runs.',
      'local all all trust',
      'host all all 127.0.0.1/32 trust',
      '',
    ].join('\n'),
  );
}

async function waitUntilReady({
  url,
  dataDir,
  child,
  output,
}: {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output: OutputLog;
}) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `PostgreSQL exited at start-up (${child.signalCode ?? `exit ${child.exitCode}`}):\n${output.tail()}`,
      );
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      // Another server already on the port would answer too, until ours gives up binding it.
      const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
      if (rows[0]?.data_directory === dataDir) return;
      lastError = `port taken by the cluster in ${rows[0]?.data_directory}`;
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s (${lastError}):\n${output.tail()}`,
  );
}

async function asAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a database on the server `serverUrl` points at (a test worker knows only the cluster's URL, not the
 * cluster) and returns the new database's URL. A `template` is copied file by file: far quicker than building
 * the same schema again, but it must have no open connections.
 */
export function createDatabase({
  serverUrl,
  name,
  template,
}: {
  serverUrl: string;
  name: string;
  template?: string;
}): Promise<string> {
  return asAdmin(serverUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''}`,
    );
    const url = new URL(serverUrl);
    url.pathname = `/${encodeURIComponent(name)}`;
    return url.toString();
  });
}

/** Drops the database, ending any connection still open to it (a test's pool that was not closed). */
export function dropDatabase({ serverUrl, name }: { serverUrl: string; name: string }): Promise<void> {
  return asAdmin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** A private PostgreSQL cluster on 127.0.0.1:<port>, its socket in `dir`, run as a child of this process. */
export async function startPostgres({
  dir,
  port,
  log,
  durable = false,
  locale = 'C.UTF-8',
}: PostgresOptions): Promise<PostgresCluster> {
  const binDir = requirePostgresBinDir();
  const dataDir = path.resolve(dir);
  const identity = serverIdentity();
  checkReachable({ dir: dataDir, identity });
  if (!isInitialised(dataDir)) await initialise({ dir: dataDir, binDir, identity, locale, log });

  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dataDir,
    // Payload reads a localized document in one query of many lateral joins (a table a block, each with its language
    // rows); PostgreSQL's JIT compiles such a query for longer than it takes to run. Off, as for most ORM workloads.
    jit: 'off',
    ...(durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
  };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;

  let child: ChildProcess | undefined;
  let forget = () => {};
  const start = async () => {
    const server = spawn(path.join(binDir, 'postgres'), args, {
      ...identity,
      cwd: dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    // SIGINT is PostgreSQL's fast shutdown; it completes on its own even after this process has gone.
    forget = endWithUs({ child: server, signal: 'SIGINT' });
    const output = followOutput({ child: server, label: `postgres:${port}`, log });
    await waitUntilReady({ url: url(), dataDir, child: server, output }).catch(async (error) => {
      await stop();
      throw error;
    });
  };
  const stop = async () => {
    const server = child;
    if (!server) return;
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
    await exited(server);
    forget();
    child = undefined;
  };
  await start();
  return {
    port,
    url,
    createDatabase: (name, { template } = {}) => createDatabase({ serverUrl: url(), name, template }),
    dropDatabase: (name) => dropDatabase({ serverUrl: url(), name }),
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    remove: async () => {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
