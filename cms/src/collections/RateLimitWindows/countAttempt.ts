import { eq, sql } from '@payloadcms/db-sqlite/drizzle';
import type { Payload } from 'payload';
import { directStore } from '../../directStore.ts';

interface SqlTable {
  key: never;
  count: never;
}

interface MongoModel {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ count: number } | null>;
  findOne: (filter: object) => { lean: () => Promise<{ count: number } | null> };
  updateOne: (filter: object, update: object) => Promise<unknown>;
}

const storeOf = (payload: Payload) =>
  directStore<SqlTable, MongoModel>(payload, { table: 'rate_limit_windows', collection: 'rate-limit-windows' });

/**
 * Adds one to a window's counter and returns the new count, in one statement (an upsert), so concurrent requests on
 * any number of instances are all counted. `undo` takes back an attempt that was refused, so waiting is enough to be
 * let in again.
 */
export async function countAttempt({
  payload,
  key,
  expiresAt,
}: {
  payload: Payload;
  key: string;
  expiresAt: Date;
}): Promise<number> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') {
    const doc = await store.model.findOneAndUpdate(
      { key },
      { $inc: { count: 1 }, $setOnInsert: { expiresAt, createdAt: new Date() } },
      { upsert: true, new: true },
    );
    return doc?.count ?? 1;
  }
  const t = store.table;
  const now = new Date().toISOString();
  const [row]: Array<{ count: number }> = await store.db
    .insert(t)
    .values({ key, count: 1, expiresAt: expiresAt.toISOString(), createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: t.key, set: { count: sql`${t.count} + 1`, updatedAt: now } })
    .returning({ count: t.count });
  return Number(row?.count ?? 1);
}

export async function readCount({ payload, key }: { payload: Payload; key: string }): Promise<number> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') return (await store.model.findOne({ key }).lean())?.count ?? 0;
  const [row]: Array<{ count: number }> = await store.db
    .select({ count: store.table.count })
    .from(store.table)
    .where(eq(store.table.key, key))
    .limit(1);
  return Number(row?.count ?? 0);
}

export async function undoAttempt({ payload, key }: { payload: Payload; key: string }): Promise<void> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') await store.model.updateOne({ key }, { $inc: { count: -1 } });
  else
    await store.db
      .update(store.table)
      .set({ count: sql`${store.table.count} - 1` })
      .where(eq(store.table.key, key));
}

/** Deletes windows that can no longer count towards any limit. */
export async function deleteExpiredWindows({ payload, now }: { payload: Payload; now: Date }): Promise<void> {
  await payload.delete({
    collection: 'rate-limit-windows',
    where: { expiresAt: { less_than: now.toISOString() } },
    overrideAccess: true,
  });
}
