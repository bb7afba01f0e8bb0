import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import type { DatabaseAdapterObj } from 'payload';
import type { CmsEnv } from './env.ts';
import { migrations as sqliteMigrations } from './migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from './migrations/postgres/index.ts';
import { migrations as mongoMigrations } from './migrations/mongodb/index.ts';
import { benchBareEnquiriesSqlite } from './migrations/bench/sqlite.ts';
import { benchBareEnquiriesPostgres } from './migrations/bench/postgres.ts';

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * DATABASE_URL picks the adapter: SQLite is the embedded default of `npm start`, PostgreSQL the tested production
 * database (`npm run cluster`, the drills), MongoDB the document-database alternative. Each has its own committed
 * migrations; production never pushes schema, it applies them on start (prodMigrations).
 */
export function databaseAdapter(env: CmsEnv): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.databaseUrl,
      migrationDir: path.join(migrationsRoot, 'mongodb'),
      prodMigrations: mongoMigrations,
      // The driver's default waits 30 s before reporting an unreachable server; a wrong URL should fail fast.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    });
  }
  if (env.databaseKind === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: env.databaseUrl,
        // A query waiting on a restarting server fails within seconds (the enquiry endpoint then answers 503)
        // instead of holding the carer's request until nginx gives up.
        connectionTimeoutMillis: 5000,
        max: 10,
      },
      migrationDir: path.join(migrationsRoot, 'postgres'),
      prodMigrations: env.benchBareCreate ? [...postgresMigrations, benchBareEnquiriesPostgres] : postgresMigrations,
      push: env.runtime === 'test',
    });
  }
  const file = env.databaseUrl.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: env.benchBareCreate ? [...sqliteMigrations, benchBareEnquiriesSqlite] : sqliteMigrations,
    push: env.runtime === 'test',
    // The enquiry endpoint and the admin write concurrently; wait for the lock rather than failing with SQLITE_BUSY.
    busyTimeout: 5000,
    wal: true,
  });
}

/** The migrations committed for this database, which a ready instance must have applied. */
export function committedMigrationNames(kind: CmsEnv['databaseKind']): string[] {
  const byKind = { sqlite: sqliteMigrations, postgres: postgresMigrations, mongodb: mongoMigrations };
  return byKind[kind].map((migration) => migration.name);
}
