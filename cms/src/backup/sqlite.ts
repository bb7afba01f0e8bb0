import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { BackupError, EXIT, type Inventory } from './manifest.ts';

/** The file a file: DATABASE_URL names (the adapter hands the URL to libsql, which reads it the same way). */
export const sqliteFile = (databaseUrl: string) =>
  decodeURIComponent(databaseUrl.replace(/^file:(\/\/)?/, '').split('?')[0]!);

async function withClient<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` });
  try {
    // The CMS is writing meanwhile; wait for its lock (as the adapter's busyTimeout does) rather than fail.
    await client.execute('PRAGMA busy_timeout = 5000');
    return await work(client);
  } finally {
    client.close();
  }
}

async function inventoryOf(client: Client): Promise<Inventory> {
  const { rows: tableRows } = await client.execute(
    "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
  );
  const tables: Record<string, number> = {};
  for (const row of tableRows) {
    const name = String(row.name);
    const { rows } = await client.execute(`select count(*) as n from "${name.replaceAll('"', '""')}"`);
    tables[name] = Number(rows[0]!.n);
  }
  const migrations =
    tables.payload_migrations === undefined
      ? []
      : (await client.execute('select name, batch from payload_migrations order by id')).rows;
  return {
    tables,
    migrations: migrations.map((row) => ({
      name: String(row.name),
      batch: row.batch === null ? null : Number(row.batch),
    })),
  };
}

async function integrityProblem(client: Client): Promise<string | undefined> {
  const { rows } = await client.execute('PRAGMA integrity_check');
  const result = rows.map((row) => String(Object.values(row)[0])).join('; ');
  return result === 'ok' ? undefined : result;
}

/**
 * SQLite's online backup: VACUUM INTO writes one transaction's consistent view of the live database (its WAL
 * included) to a new file, while the CMS keeps writing. Copying cms.db itself is not a backup: recent commits sit in
 * cms.db-wal, and a copy taken mid-checkpoint is torn. The snapshot is the moment the statement starts reading.
 */
export async function backupSqlite({
  databaseUrl,
  file,
}: {
  databaseUrl: string;
  file: string;
}): Promise<{ snapshotAt: Date; inventory: Inventory; tool: string }> {
  const live = sqliteFile(databaseUrl);
  if (!fs.existsSync(live))
    throw new BackupError(`There is no SQLite database at ${live} (DATABASE_URL): nothing to back up.`, EXIT.usage);
  const snapshotAt = new Date();
  const version = await withClient(live, async (client) => {
    await client.execute(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
    return String((await client.execute('select sqlite_version() as v')).rows[0]!.v);
  });
  const inventory = await withClient(file, async (client) => {
    const problem = await integrityProblem(client);
    if (problem) throw new BackupError(`The SQLite copy failed its integrity check: ${problem}`, EXIT.failed);
    return inventoryOf(client);
  });
  return { snapshotAt, inventory, tool: `SQLite ${version} VACUUM INTO` };
}

export async function checkSqliteFile(file: string) {
  const problem = await withClient(file, integrityProblem).catch((error: Error) => error.message);
  if (problem) throw new BackupError(`The backup's SQLite file is damaged: ${problem}`, EXIT.badBackup);
}

/** Restores only where no database is: a file that exists (or its WAL) is refused, never overwritten. */
export function refuseExistingSqlite(databaseUrl: string) {
  const target = sqliteFile(databaseUrl);
  for (const existing of [target, `${target}-wal`]) {
    if (fs.existsSync(existing) && fs.statSync(existing).size > 0) {
      throw new BackupError(
        `Refusing to restore over ${existing}: a database is already there. Point DATABASE_URL at a new file (file:/…/cms-restored.db) and switch to it once checked.`,
        EXIT.targetNotEmpty,
      );
    }
  }
}

export async function restoreSqlite({ databaseUrl, file }: { databaseUrl: string; file: string }): Promise<Inventory> {
  refuseExistingSqlite(databaseUrl);
  const target = sqliteFile(databaseUrl);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Copied beside the target and renamed: the CMS never sees a half-written database under the real name.
  const partial = `${target}.restoring`;
  fs.copyFileSync(file, partial);
  fs.rmSync(`${target}-shm`, { force: true });
  fs.renameSync(partial, target);
  return withClient(target, inventoryOf);
}
