import type { Payload } from 'payload';
import type { SQLiteAdapter } from '@payloadcms/db-sqlite';
import type { PostgresAdapter } from '@payloadcms/db-postgres';
import type { MongooseAdapter } from '@payloadcms/db-mongodb';

/**
 * The adapter db.ts picked, as it is beneath Payload's type for `payload.db` (the part the three adapters share):
 * drizzle and its tables on SQLite and PostgreSQL, the connection pool on PostgreSQL, the mongoose models on MongoDB.
 * `name` says which, so a caller narrows to one adapter's own types.
 */
export type Database =
  | (SQLiteAdapter & { name: 'sqlite' })
  | (PostgresAdapter & { name: 'postgres' })
  | (MongooseAdapter & { name: 'mongoose' });
export type SqlDatabase = Extract<Database, { name: 'sqlite' | 'postgres' }>;

/** The one look beneath `payload.db`: every read or write that Payload's API cannot express goes through here. */
export function database(payload: Payload): Database {
  return payload.db as unknown as Database;
}

/** The SQL adapters' drizzle and tables (SQLite, PostgreSQL), or null on MongoDB. */
export function sqlDatabase(payload: Payload): SqlDatabase | null {
  const db = database(payload);
  return db.name === 'sqlite' || db.name === 'postgres' ? db : null;
}
