import { startTestPayload, type TestPayload } from './testPayload.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

export type CommittedMigrations = typeof sqliteMigrations;

/**
 * A test database with no schema yet, the committed migrations of its adapter, and the place among them of the one a
 * test is about (the migration whose name ends with `nameEnd`).
 */
export async function startForMigration(
  nameEnd: string,
): Promise<{ t: TestPayload; all: CommittedMigrations; at: number }> {
  const t = await startTestPayload({ migrated: true });
  const all = (t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations) as CommittedMigrations;
  return { t, all, at: all.findIndex((migration) => migration.name.endsWith(nameEnd)) };
}
