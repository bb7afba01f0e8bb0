/**
 * A data migration's SQL on either adapter, for the helpers the SQLite and PostgreSQL files share. Each runs in the
 * migration's own transaction.
 */
export interface MigrationSql {
  run: (statement: string) => Promise<unknown>;
  rows: <T>(statement: string) => Promise<T[]>;
  dialect: 'sqlite' | 'postgres';
}

type SqliteDb = { run: (query: never) => Promise<unknown>; all: (query: never) => Promise<unknown[]> };
type PostgresDb = { execute: (query: never) => Promise<{ rows: unknown[] }> };
type Raw = (statement: string) => unknown;

/** The SQLite adapter's migration database as `MigrationSql`. */
export const onSqlite = (db: SqliteDb, raw: Raw): MigrationSql => ({
  dialect: 'sqlite',
  run: (statement) => db.run(raw(statement) as never),
  rows: async <T>(statement: string) => (await db.all(raw(statement) as never)) as T[],
});

/** The PostgreSQL adapter's migration database as `MigrationSql`. */
export const onPostgres = (db: PostgresDb, raw: Raw): MigrationSql => ({
  dialect: 'postgres',
  run: (statement) => db.execute(raw(statement) as never),
  rows: async <T>(statement: string) => (await db.execute(raw(statement) as never)).rows as T[],
});
