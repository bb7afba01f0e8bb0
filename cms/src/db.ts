import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import type { DatabaseAdapterObj } from 'payload';
import type { CmsEnv } from './env.ts';
import { migrations as sqliteMigrations } from './migrations/sqlite/index.ts';
import { migrations as mongoMigrations } from './migrations/mongodb/index.ts';

const migrationsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * DATABASE_URL picks the adapter. SQLite is the embedded default; MongoDB is the production choice once one machine
 * is outgrown. Production never pushes schema: committed migrations run on start (prodMigrations).
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
  const file = env.databaseUrl.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    prodMigrations: sqliteMigrations,
    push: env.runtime === 'test',
    // The enquiry endpoint and the admin write concurrently; wait for the lock rather than failing with SQLITE_BUSY.
    busyTimeout: 5000,
    wal: true,
  });
}
