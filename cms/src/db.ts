import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseAdapterObj } from 'payload';
import type { CmsEnv } from './env.ts';

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * DATABASE_URL picks the adapter: SQLite is the embedded default of `npm start`, PostgreSQL the tested production
 * database (`npm run cluster`, the drills), MongoDB the document-database alternative. Each has its own committed
 * migrations; production never pushes schema, it applies them on start (prodMigrations).
 *
 * Only the chosen adapter is loaded, with its own migrations (which import it): the other two (MongoDB's driver and
 * mongoose among them) are never needed by a running instance, and loading them cost every start, every test file that
 * boots Payload and every CLI command about 0.15 s here (December 2026).
 */
export async function databaseAdapter(env: CmsEnv): Promise<DatabaseAdapterObj> {
  if (env.databaseKind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb');
    return mongooseAdapter({
      url: env.databaseUrl,
      migrationDir: path.join(migrationsRoot, 'mongodb'),
      prodMigrations: await MIGRATIONS.mongodb(),
      // The driver's default waits 30 s before reporting an unreachable server; a wrong URL should fail fast.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    });
  }
  if (env.databaseKind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres');
    return postgresAdapter({
      pool: {
        connectionString: env.databaseUrl,
        // A query waiting on a restarting server fails within seconds (the enquiry endpoint then answers 503)
        // instead of holding the carer's request until nginx gives up.
        connectionTimeoutMillis: 5000,
        max: 10,
      },
      migrationDir: path.join(migrationsRoot, 'postgres'),
      prodMigrations: await MIGRATIONS.postgres(env.benchBareCreate),
      push: env.runtime === 'test',
    });
  }
  const file = env.databaseUrl.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite');
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: await MIGRATIONS.sqlite(env.benchBareCreate),
    push: env.runtime === 'test',
    // The enquiry endpoint and the admin write concurrently; wait for the lock rather than failing with SQLITE_BUSY.
    busyTimeout: 5000,
    wal: true,
  });
}

/**
 * The migrations a database of each kind is brought up to: the committed ones, then, with `benchBare`
 * (BENCH_BARE_CREATE), the benchmark yardstick's table (migrations/bench). Loaded on demand, since each migration file
 * imports its adapter.
 */
export const MIGRATIONS = {
  sqlite: async (benchBare = false) => {
    const { migrations } = await import('./migrations/sqlite/index.ts');
    return benchBare
      ? [...migrations, (await import('./migrations/bench/sqlite.ts')).benchBareEnquiriesSqlite]
      : migrations;
  },
  postgres: async (benchBare = false) => {
    const { migrations } = await import('./migrations/postgres/index.ts');
    return benchBare
      ? [...migrations, (await import('./migrations/bench/postgres.ts')).benchBareEnquiriesPostgres]
      : migrations;
  },
  mongodb: async () => (await import('./migrations/mongodb/index.ts')).migrations,
} satisfies Record<CmsEnv['databaseKind'], unknown>;

/** The migrations committed for this database, which a ready instance must have applied. */
export async function committedMigrationNames(kind: CmsEnv['databaseKind']): Promise<string[]> {
  const migrations: Array<{ name: string }> = await MIGRATIONS[kind]();
  return migrations.map((migration) => migration.name);
}
