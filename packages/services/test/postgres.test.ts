import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../src/postgres.ts';
import { testPort } from '../src/testPorts.ts';

const PORT = testPort(54330);
let parent: string;
let dir: string;
let cluster: PostgresCluster;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // Below a world-enterable folder: as root the server runs as `postgres`, which cannot enter mkdtemp's 0700 folder.
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-services-pg-'));
  fs.chmodSync(parent, 0o755);
  dir = path.join(parent, 'data');
  cluster = await startPostgres({ dir, port: PORT });
});

afterAll(async () => {
  await cluster?.remove();
  fs.rmSync(parent, { recursive: true, force: true });
});

it('creates a database and answers queries on 127.0.0.1 as postgres', async () => {
  const url = await cluster.createDatabase('answers');
  expect(url).toBe(`postgres://postgres@127.0.0.1:${PORT}/answers`);
  const [row] = await query<{ user: string; database: string; sum: number }>(
    url,
    'SELECT current_user AS user, current_database() AS database, 40 + 2 AS sum',
  );
  expect(row).toEqual({ user: 'postgres', database: 'answers', sum: 42 });
  expect(cluster.url()).toBe(`postgres://postgres@127.0.0.1:${PORT}/postgres`);
});

it('puts its socket in its own folder, not /var/run', async () => {
  expect(fs.existsSync(path.join(dir, `.s.PGSQL.${PORT}`))).toBe(true);
  const [row] = await query<{ value: string }>(
    cluster.url(),
    "SELECT setting AS value FROM pg_settings WHERE name = 'listen_addresses'",
  );
  expect(row!.value).toBe('127.0.0.1');
});

it('keeps committed rows across a restart on the same port', async () => {
  const url = await cluster.createDatabase('survivor');
  await query(url, 'CREATE TABLE notes (body text)');
  await query(url, 'INSERT INTO notes VALUES ($1)', ['written before the restart']);
  const open = new pg.Client({ connectionString: url });
  await open.connect();
  const dropped = new Promise<Error>((resolve) => open.on('error', resolve));

  await cluster.restart();

  // A connection held across the restart is ended by the server, as an application's pool would see it.
  expect((await dropped).message).toMatch(/terminat|shutdown|Connection terminated/i);
  await open.end().catch(() => {});
  expect(await query(url, 'SELECT body FROM notes')).toEqual([{ body: 'written before the restart' }]);
});

it('copies a template database', async () => {
  const template = await cluster.createDatabase('template_source');
  await query(template, 'CREATE TABLE things (name text)');
  await query(template, "INSERT INTO things VALUES ('from the template')");
  const copy = await cluster.createDatabase('template_copy', { template: 'template_source' });
  expect(await query(copy, 'SELECT name FROM things')).toEqual([{ name: 'from the template' }]);
});

it('drops a database even while a client is still connected to it', async () => {
  const url = await cluster.createDatabase('dropped');
  const lingering = new pg.Client({ connectionString: url });
  await lingering.connect();
  lingering.on('error', () => {});
  await cluster.dropDatabase('dropped');
  const names = await query<{ datname: string }>(cluster.url(), 'SELECT datname FROM pg_database');
  expect(names.map((row) => row.datname)).not.toContain('dropped');
  await lingering.end().catch(() => {});
});

it("reports PostgreSQL's own reason when it cannot start (the port is taken)", async () => {
  const other = path.join(parent, 'other');
  await expect(startPostgres({ dir: other, port: PORT })).rejects.toThrow(/could not bind|Address already in use/);
});

it('reuses an initialised folder after a stop, keeping its databases', async () => {
  await cluster.stop();
  await expect(query(cluster.url(), 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  cluster = await startPostgres({ dir, port: PORT });
  expect(await query(cluster.url('survivor'), 'SELECT count(*)::int AS n FROM notes')).toEqual([{ n: 1 }]);
});

it('remove stops the server and deletes its folder', async () => {
  await cluster.remove();
  expect(fs.existsSync(dir)).toBe(false);
  await expect(query(cluster.url(), 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
});
