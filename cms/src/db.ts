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
      prodMigrations: (await MIGRATIONS.mongodb()).migrations,
      // The driver's default waits 30 s before reporting an unreachable server; a wrong URL should fail fast.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    });
  }
  if (env.databaseKind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres');
    const { migrations } = await MIGRATIONS.postgres();
    return postgresAdapter({
      pool: {
        connectionString: env.databaseUrl,
        // A query waiting on a restarting server fails within seconds (the enquiry endpoint then answers 503)
        // instead of holding the carer's request until nginx gives up.
        connectionTimeoutMillis: 5000,
        max: 10,
      },
      migrationDir: path.join(migrationsRoot, 'postgres'),
      prodMigrations: env.benchBareCreate
        ? [...migrations, (await import('./migrations/bench/postgres.ts')).benchBareEnquiriesPostgres]
        : migrations,
      push: env.runtime === 'test',
    });
  }
  const file = env.databaseUrl.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite');
  const { migrations } = await MIGRATIONS.sqlite();
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: env.benchBareCreate
      ? [...migrations, (await import('./migrations/bench/sqlite.ts')).benchBareEnquiriesSqlite]
      : migrations,
    push: env.runtime === 'test',
    // The enquiry endpoint and the admin write concurrently; wait for the lock rather than failing with SQLITE_BUSY.
    busyTimeout: 5000,
    wal: true,
  });
}

/** The migrations committed for each database, loaded on demand since each file imports its adapter. */
const MIGRATIONS = {
  sqlite: () => import('./migrations/sqlite/index.ts'),
  postgres: () => import('./migrations/postgres/index.ts'),
  mongodb: () => import('./migrations/mongodb/index.ts'),
} satisfies Record<CmsEnv['databaseKind'], unknown>;

/** The migrations committed for this database, which a ready instance must have applied. */
export async function committedMigrationNames(kind: CmsEnv['databaseKind']): Promise<string[]> {
  const { migrations } = await MIGRATIONS[kind]();
  return migrations.map((migration: { name: string }) => migration.name);
}
