import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { BackupError, EXIT, type Inventory } from './manifest.ts';

const run = promisify(execFile);

/**
 * PostgreSQL's own tools: pg_dump's custom format (compressed, restorable table by table, checked by pg_restore --list)
 * and pg_restore. Debian keeps them version by version in /usr/lib/postgresql/<major>/bin, and pg_dump must be at
 * least the server's version, so the newest installed is used; otherwise whatever PATH has.
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((entry) => /^\d+$/.test(entry)) : [];
  const found = majors
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(root, major, 'bin', name))
    .find((candidate) => fs.existsSync(candidate));
  return found ?? name;
}

/** libpq reads the password from PGPASSWORD, so it never shows in the process list as part of an argument. */
function libpqTarget(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function tool(name: 'pg_dump' | 'pg_restore', args: string[], databaseUrl?: string): Promise<string> {
  const target = databaseUrl ? libpqTarget(databaseUrl) : { dbname: undefined, env: process.env };
  try {
    const { stdout } = await run(
      postgresTool(name),
      [...args, ...(target.dbname ? [`--dbname=${target.dbname}`] : [])],
      { env: target.env, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT')
      throw new BackupError(
        `${name} was not found (looked in /usr/lib/postgresql/*/bin and PATH): install it with \`apt-get install -y postgresql-client\`.`,
        EXIT.failed,
      );
    throw new BackupError(`${name} failed: ${(stderr || (error as Error).message).trim()}`, EXIT.failed);
  }
}

/** Every table of the public schema (where Payload keeps its tables) and its rows, and the migrations run. */
async function inventoryOf(client: pg.Client | pg.PoolClient): Promise<Inventory> {
  const { rows: tableRows } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  const tables: Record<string, number> = {};
  for (const { name } of tableRows) {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from public.${client.escapeIdentifier(name)}`,
    );
    tables[name] = Number(rows[0]!.n);
  }
  const migrations =
    tables.payload_migrations === undefined
      ? []
      : (
          await client.query<{ name: string; batch: string | null }>(
            'select name, batch from payload_migrations order by id',
          )
        ).rows;
  return {
    tables,
    migrations: migrations.map((row) => ({ name: row.name, batch: row.batch === null ? null : Number(row.batch) })),
  };
}

/**
 * Takes one snapshot, counts every table inside it and has pg_dump copy exactly that snapshot (--snapshot), so the
 * manifest's counts are the archive's counts even while enquiries keep arriving. The exporting transaction stays
 * open until pg_dump has finished, as the exported snapshot requires. Writers are never blocked (only DDL is).
 */
export async function dumpPostgres({
  databaseUrl,
  file,
}: {
  databaseUrl: string;
  file: string;
}): Promise<{ snapshotAt: Date; inventory: Inventory; tool: string }> {
  return withClient(databaseUrl, async (client) => {
    await client.query('begin transaction isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string; at: Date }>(
      'select pg_export_snapshot() as snapshot, clock_timestamp() as at',
    );
    const { snapshot, at } = rows[0]!;
    const inventory = await inventoryOf(client);
    await tool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`], databaseUrl);
    await client.query('commit');
    const version = (await tool('pg_dump', ['--version'])).trim();
    return { snapshotAt: at, inventory, tool: version };
  });
}

/** The archive is one pg_restore can read (its table of contents), before anything is restored. */
export async function checkPostgresArchive(file: string) {
  try {
    await tool('pg_restore', ['--list', file]);
  } catch (error) {
    throw new BackupError(
      `The backup's database archive cannot be read (${(error as Error).message}).`,
      EXIT.badBackup,
    );
  }
}

const withDatabase = (databaseUrl: string, name: string) => {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
};

const databaseName = (databaseUrl: string) => decodeURIComponent(new URL(databaseUrl).pathname.slice(1));

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Restores only into a database that holds nothing: one that does not exist yet (created by restorePostgres), or an
 * empty one the operator made. A database with any table is refused, so a live database is never overwritten.
 */
export async function refuseNonEmptyPostgres(databaseUrl: string): Promise<{ exists: boolean }> {
  const name = databaseName(databaseUrl);
  if (!name)
    throw new BackupError(
      'DATABASE_URL names no database: say which new database to restore into, e.g. postgres://…/bfp_restored.',
      EXIT.usage,
    );
  const { rowCount } = await withClient(withDatabase(databaseUrl, 'postgres'), (server) =>
    server.query('select 1 from pg_database where datname = $1', [name]),
  );
  if (!rowCount) return { exists: false };
  return withClient(databaseUrl, async (target) => {
    const { rows } = await target.query<{ n: string }>(
      "select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    if (Number(rows[0]!.n) > 0) {
      throw new BackupError(
        `Refusing to restore into database "${name}": it already holds ${rows[0]!.n} tables. Restore into a new database (DATABASE_URL=…/${name}_restored) and point the CMS at it once checked.`,
        EXIT.targetNotEmpty,
      );
    }
    return { exists: true };
  });
}

export async function restorePostgres({
  databaseUrl,
  file,
}: {
  databaseUrl: string;
  file: string;
}): Promise<Inventory> {
  const { exists } = await refuseNonEmptyPostgres(databaseUrl);
  if (!exists) {
    await withClient(withDatabase(databaseUrl, 'postgres'), (server) =>
      server.query(`create database ${server.escapeIdentifier(databaseName(databaseUrl))}`),
    );
  }
  // One transaction: a restore that fails part-way leaves the database empty, not half-filled.
  await tool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file],
    databaseUrl,
  );
  return withClient(databaseUrl, inventoryOf);
}
