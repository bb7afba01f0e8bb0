import type { Payload } from 'payload';
import { database } from './database.ts';

/**
 * A collection's storage beneath Payload, for the few writes that must be one atomic statement (a claim, a counter)
 * where Payload's own updates read and then write: the drizzle table on SQLite and PostgreSQL, the mongoose model on
 * MongoDB.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's SQLite and PostgreSQL databases share no query type
export type DirectStore<Table, Model> = { kind: 'sql'; db: any; table: Table } | { kind: 'mongo'; model: Model };

export function directStore<Table, Model>(
  payload: Payload,
  { table, collection }: { table: string; collection: string },
): DirectStore<Table, Model> {
  const db = database(payload);
  // Each caller names the columns (or model methods) it uses: drizzle's and mongoose's own types differ per adapter.
  if (db.name !== 'mongoose' && db.drizzle && db.tables?.[table])
    return { kind: 'sql', db: db.drizzle, table: db.tables[table] as unknown as Table };
  if (db.name === 'mongoose' && db.collections?.[collection])
    return { kind: 'mongo', model: db.collections[collection] as unknown as Model };
  throw new Error(`No direct access to "${collection}" on the ${db.name} database adapter`);
}
