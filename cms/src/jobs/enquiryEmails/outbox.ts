import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from '@payloadcms/db-sqlite/drizzle';
import type { Payload } from 'payload';
import { directStore } from '../../directStore.ts';
import type { EmailState } from './deliveryPolicy.ts';

/**
 * The enquiry row is the outbox: its `emails` group says which of the two e-mails are still to send and when. Workers
 * take an enquiry with one conditional UPDATE (a claim that expires), so two workers, or a worker restarted after a
 * crash, never hold the same enquiry at once. Payload's own updates read and then write (its jobs runner too), which
 * lets two workers claim the same row; these statements go to the adapter directly (drizzle for SQLite and
 * PostgreSQL, the MongoDB driver's findOneAndUpdate), and bypass the collection's hooks, which have nothing to do
 * with delivery bookkeeping.
 */
export type EnquiryId = number | string;
export type Recipient = 'team' | 'carer';

interface SqlTable {
  id: never;
  emails_team: never;
  emails_carer: never;
  emails_attempts: never;
  emails_nextAttemptAt: never;
  emails_claimedUntil: never;
  emails_lastError: never;
  emailNotDelivered: never;
}

interface MongoModel {
  find: (filter: object, projection: object, options: object) => { lean: () => Promise<Array<{ _id: unknown }>> };
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>;
  updateOne: (filter: object, update: object) => Promise<unknown>;
}

const storeOf = (payload: Payload) => directStore<SqlTable, MongoModel>(payload, { table: 'enquiries', collection: 'enquiries' });

/** Dates are ISO strings in Payload's SQL tables (text on SQLite, timestamptz on PostgreSQL) and Date objects in MongoDB. */
const iso = (date: Date) => date.toISOString();

/**
 * Claims up to `limit` enquiries whose e-mails are due, for `claimSeconds`. Returns the ids this worker now holds.
 * A claim left by a worker that died expires, and the enquiry is due again.
 */
export async function claimDueEnquiries({ payload, now, limit, claimSeconds }: { payload: Payload; now: Date; limit: number; claimSeconds: number }): Promise<EnquiryId[]> {
  const store = storeOf(payload);
  const until = new Date(now.getTime() + claimSeconds * 1000);
  if (store.kind === 'mongo') {
    const due = { 'emails.nextAttemptAt': { $lte: now }, $or: [{ 'emails.claimedUntil': null }, { 'emails.claimedUntil': { $lt: now } }] };
    const candidates = await store.model.find(due, { _id: 1 }, { limit, sort: { 'emails.nextAttemptAt': 1 } }).lean();
    const claimed: EnquiryId[] = [];
    for (const { _id } of candidates) {
      const won = await store.model.findOneAndUpdate({ _id, ...due }, { $set: { 'emails.claimedUntil': until } }, { projection: { _id: 1 } });
      if (won) claimed.push(String(won._id));
    }
    return claimed;
  }
  const t = store.table;
  const due = and(lte(t.emails_nextAttemptAt, iso(now)), or(isNull(t.emails_claimedUntil), lt(t.emails_claimedUntil, iso(now))));
  const candidates = store.db.select({ id: t.id }).from(t).where(due).orderBy(asc(t.emails_nextAttemptAt)).limit(limit);
  // One statement for the whole batch (one write, not one per enquiry). The condition is evaluated again on each row
  // the UPDATE takes: of two workers racing for one row, only one gets it back.
  const won: Array<{ id: EnquiryId }> = await store.db
    .update(t)
    .set({ emails_claimedUntil: iso(until) })
    .where(and(inArray(t.id, candidates), due))
    .returning({ id: t.id });
  return won.map(({ id }) => id);
}

/** Records one e-mail as sent the moment the relay accepts it, so a crash afterwards does not send it again. */
export async function markSent({ payload, id, recipient }: { payload: Payload; id: EnquiryId; recipient: Recipient }): Promise<void> {
  await writeEmails(payload, id, { [recipient]: 'sent' satisfies EmailState });
}

/**
 * Ends a claim: `nextAttemptAt` null when nothing is left to send, else when to try again. `notDelivered` raises the
 * team's flag once a failure is final.
 */
export async function releaseClaim({
  payload,
  id,
  next,
  attempts,
  lastError,
  states,
  notDelivered,
}: {
  payload: Payload;
  id: EnquiryId;
  next: Date | null;
  attempts: number;
  lastError: string | null;
  states: Partial<Record<Recipient, EmailState>>;
  notDelivered?: boolean;
}): Promise<void> {
  await writeEmails(payload, id, { ...states, attempts, nextAttemptAt: next, claimedUntil: null, lastError }, notDelivered);
}

/** An admin's "send the e-mails again": every e-mail not yet sent is due now, and the flag comes down. */
export async function requeueUndelivered({ payload, id, now }: { payload: Payload; id: EnquiryId; now: Date }): Promise<void> {
  await writeEmails(payload, id, { nextAttemptAt: now, claimedUntil: null, attempts: 0, lastError: null }, false, ['failed', 'pending']);
}

type EmailsPatch = Partial<Record<Recipient, EmailState>> & {
  attempts?: number;
  nextAttemptAt?: Date | null;
  claimedUntil?: Date | null;
  lastError?: string | null;
};

/** `reset` lists the states that go back to pending (used by requeue). */
async function writeEmails(payload: Payload, id: EnquiryId, patch: EmailsPatch, notDelivered?: boolean, reset?: EmailState[]): Promise<void> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) set[`emails.${key}`] = value;
    if (notDelivered !== undefined) set.emailNotDelivered = notDelivered;
    await store.model.updateOne({ _id: id }, { $set: set });
    if (reset) {
      for (const recipient of ['team', 'carer'] as const) {
        await store.model.updateOne({ _id: id, [`emails.${recipient}`]: { $in: reset } }, { $set: { [`emails.${recipient}`]: 'pending' } });
      }
    }
    return;
  }
  const t = store.table;
  const set: Record<string, unknown> = {};
  if (patch.team) set.emails_team = patch.team;
  if (patch.carer) set.emails_carer = patch.carer;
  if (patch.attempts !== undefined) set.emails_attempts = patch.attempts;
  if (patch.nextAttemptAt !== undefined) set.emails_nextAttemptAt = patch.nextAttemptAt && iso(patch.nextAttemptAt);
  if (patch.claimedUntil !== undefined) set.emails_claimedUntil = patch.claimedUntil && iso(patch.claimedUntil);
  if (patch.lastError !== undefined) set.emails_lastError = patch.lastError;
  if (notDelivered !== undefined) set.emailNotDelivered = notDelivered;
  if (reset) {
    const resettable = sql.join(
      reset.map((state) => sql`${state}`),
      sql`, `,
    );
    set.emails_team = sql`case when ${t.emails_team} in (${resettable}) then 'pending' else ${t.emails_team} end`;
    set.emails_carer = sql`case when ${t.emails_carer} in (${resettable}) then 'pending' else ${t.emails_carer} end`;
  }
  await store.db.update(t).set(set).where(eq(t.id, id));
}
