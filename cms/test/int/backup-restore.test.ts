import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { createClient } from '@libsql/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase } from '@bfp/services/postgres';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { database } from '../../src/database.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

/**
 * `npm run backup` and `npm run restore`, as an operator runs them (the scripts, in their own processes), against a
 * database the CMS is writing enquiries to at that moment: SQLite's online backup in the `sqlite` project, pg_dump and
 * pg_restore in the `postgres` one. Every enquiry acknowledged (201) before the backup started must come back, row for
 * row (every column, so whatever the outbox's columns are, their state comes back too).
 */
const ENDPOINT = '/api/enquiries/submit';
// Each restore is a new process that loads the CMS's adapters: seconds each on a busy two-core machine.
const SLOW = { timeout: 120_000 };
const cmsRoot = path.resolve(import.meta.dirname, '../..');

let t: TestPayload;
let dir: string;
let kind: 'sqlite' | 'postgres';
const restoredDatabases: string[] = [];

beforeAll(async () => {
  t = await startTestPayload({ migrated: true, env: { ENQUIRY_RATE_LIMIT: '100000/600' } });
  kind = t.payload.db.name as 'sqlite' | 'postgres';
  await t.payload.db.migrate({ migrations: (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as never });
  await seed(t.payload, { demoUsers: false });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-backup-test-'));
});
afterAll(async () => {
  const serverUrl = inject('postgresServerUrl');
  if (serverUrl) for (const name of restoredDatabases) await dropDatabase({ serverUrl, name });
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A restore target of this project's kind that nothing holds yet. */
function newTarget(name: string): { DATABASE_URL: string; MEDIA_DIR: string } {
  const mediaDir = path.join(dir, `${name}-media`);
  if (kind === 'sqlite') return { DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`, MEDIA_DIR: mediaDir };
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${url.pathname.slice(1)}_${name}`;
  restoredDatabases.push(url.pathname.slice(1));
  return { DATABASE_URL: url.toString(), MEDIA_DIR: mediaDir };
}

function runScript(
  script: 'backup' | 'restore',
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join('src', 'scripts', `${script}.ts`), ...args],
      { cwd: cmsRoot, env: { ...process.env, BFP_ENV: 'local', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function enquiryRows(databaseUrl: string, references: string[]): Promise<Record<string, unknown>[]> {
  if (kind === 'sqlite') {
    const client = createClient({ url: databaseUrl });
    try {
      const { rows } = await client.execute({
        sql: `select * from enquiries where reference in (${references.map(() => '?').join(',')}) order by id`,
        args: references,
      });
      return rows.map((row) => ({ ...row }));
    } finally {
      client.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('select * from enquiries where reference = any($1) order by id', [references])).rows;
  } finally {
    await client.end();
  }
}

const backupEnv = () => ({
  DATABASE_URL: process.env.DATABASE_URL!,
  MEDIA_DIR: process.env.MEDIA_DIR!,
  BACKUP_DIR: path.join(dir, 'backups'),
});
let backupDir: string;

describe('a backup taken while enquiries are being written', SLOW, () => {
  it('restores into a new database with every enquiry acknowledged before it started, row for row, and the media', async () => {
    // Keep recent commits in the WAL file, as they are between two checkpoints in production: a backup that copied
    // the database file instead of reading through SQLite would miss them.
    const db = database(t.payload);
    if (db.name === 'sqlite') await db.client.execute('PRAGMA wal_autocheckpoint = 0');
    const acknowledged: Array<{ reference: string; at: number }> = [];
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      while (writing) {
        // libsql answers synchronously, so a request can complete in microtasks alone: yield, or the loop starves the
        // timers and the backup's child process this test is waiting on.
        await setImmediate();
        const response = await t.rest(
          ENDPOINT,
          postJson(validEnquiry(), { 'X-Forwarded-For': `198.51.100.${writer + 1}` }),
        );
        if (response.status !== 201) throw new Error(`enquiry answered ${response.status}: ${await response.text()}`);
        acknowledged.push({ reference: ((await response.json()) as { reference: string }).reference, at: Date.now() });
      }
    });
    await expect.poll(() => acknowledged.length, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(20);
    const backupStartedAt = Date.now();
    const backup = await runScript('backup', backupEnv());
    const writtenDuringBackup = acknowledged.filter((enquiry) => enquiry.at > backupStartedAt).length;
    writing = false;
    await Promise.all(writers);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    // The writes really overlapped the backup.
    expect(writtenDuringBackup).toBeGreaterThan(0);
    backupDir = /Backup complete: (.+)/.exec(backup.stdout)![1]!.trim();
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.database.kind).toBe(kind);
    expect(manifest.inventory.migrations.map((m: { name: string }) => m.name)).toEqual(
      (kind === 'postgres' ? postgresMigrations : sqliteMigrations).map((m) => m.name),
    );

    const target = newTarget('restored');
    const restore = await runScript('restore', target, [backupDir]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    const before = acknowledged.filter((enquiry) => enquiry.at < backupStartedAt).map((enquiry) => enquiry.reference);
    const restored = await enquiryRows(target.DATABASE_URL, before);
    expect(restored).toHaveLength(before.length);
    expect(restored).toEqual(await enquiryRows(process.env.DATABASE_URL!, before));
    // Nothing the backup did not have: the restored count is the manifest's.
    expect(manifest.inventory.tables.enquiries).toBeGreaterThanOrEqual(before.length);
    expect(manifest.inventory.tables.enquiries).toBeLessThanOrEqual(acknowledged.length + 4);

    const mediaFiles = fs.readdirSync(process.env.MEDIA_DIR!).sort();
    expect(mediaFiles.length).toBeGreaterThan(0);
    expect(fs.readdirSync(target.MEDIA_DIR).sort()).toEqual(mediaFiles);
    for (const file of mediaFiles)
      expect(
        fs
          .readFileSync(path.join(target.MEDIA_DIR, file))
          .equals(fs.readFileSync(path.join(process.env.MEDIA_DIR!, file))),
      ).toBe(true);
  });
});

describe('restore refuses, exiting non-zero and changing nothing', SLOW, () => {
  it('a target that already holds a database', async () => {
    const live = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: path.join(dir, 'empty-media') };
    const countBefore = (await t.payload.count({ collection: 'enquiries' })).totalDocs;
    const result = await runScript('restore', live, [backupDir]);
    expect(result.code).toBe(73);
    expect(result.stderr).toMatch(/Refusing to restore (into database|over )/);
    expect((await t.payload.count({ collection: 'enquiries' })).totalDocs).toBe(countBefore);
  });

  it('a media folder that already holds files', async () => {
    const target = { ...newTarget('media-taken'), MEDIA_DIR: process.env.MEDIA_DIR! };
    const result = await runScript('restore', target, [backupDir]);
    expect(result.code).toBe(73);
    expect(result.stderr).toContain('Refusing to restore media');
    expect(await targetExists(target.DATABASE_URL)).toBe(false);
  });

  it('a damaged backup: one byte of the database changed', async () => {
    const damaged = path.join(dir, 'damaged');
    fs.cpSync(backupDir, damaged, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(damaged, 'manifest.json'), 'utf8'));
    const file = path.join(damaged, manifest.database.path);
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    fs.writeFileSync(file, bytes);
    const target = newTarget('from-damaged');
    const result = await runScript('restore', target, [damaged]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${manifest.database.path} does not match its checksum`);
    expect(await targetExists(target.DATABASE_URL)).toBe(false);
  });

  it('an unfinished backup (no manifest) and a folder that is not there', async () => {
    const unfinished = path.join(dir, 'unfinished');
    fs.cpSync(backupDir, unfinished, { recursive: true });
    fs.rmSync(path.join(unfinished, 'manifest.json'));
    const target = newTarget('from-unfinished');
    const result = await runScript('restore', target, [unfinished]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('has no manifest.json');
    const missing = await runScript('restore', target, [path.join(dir, 'no-such-backup')]);
    expect(missing.code).toBe(65);
    expect(missing.stderr).toContain('No backup at');
    expect(await targetExists(target.DATABASE_URL)).toBe(false);
  });
});

async function targetExists(databaseUrl: string): Promise<boolean> {
  if (kind === 'sqlite') return fs.existsSync(databaseUrl.replace(/^file:/, ''));
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: inject('postgresServerUrl') });
  await client.connect();
  try {
    return Boolean((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount);
  } finally {
    await client.end();
  }
}
