import type { Payload } from 'payload';

/**
 * A collection's storage beneath Payload, for the few writes that must be one atomic statement (a claim, a counter)
 * where Payload's own updates read and then write: the drizzle table on SQLite and PostgreSQL, the mongoose model on
 * MongoDB.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's SQLite and PostgreSQL databases share no query type
export type DirectStore<Table, Model> = { kind: 'sql'; db: any; table: Table } | { kind: 'mongo'; model: Model };

export function directStore<Table, Model>(payload: Payload, { table, collection }: { table: string; collection: string }): DirectStore<Table, Model> {
  const adapter = payload.db as unknown as { name: string; drizzle?: unknown; tables?: Record<string, Table>; collections?: Record<string, Model> };
  if (adapter.drizzle && adapter.tables?.[table]) return { kind: 'sql', db: adapter.drizzle, table: adapter.tables[table] };
  if (adapter.collections?.[collection]) return { kind: 'mongo', model: adapter.collections[collection] };
  throw new Error(`No direct access to "${collection}" on the ${adapter.name} database adapter`);
}
