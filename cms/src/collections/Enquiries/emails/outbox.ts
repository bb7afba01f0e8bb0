import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from '@payloadcms/db-sqlite/drizzle';
import type { CollectionBeforeChangeHook, Payload } from 'payload';
import { directStore } from '../../../directStore.ts';
import type { EmailState } from './deliveryPolicy.ts';

/**
 * The enquiry row is the outbox: its `emails` group says which of the two e-mails are still to send and when. A worker
 * takes a few enquiries with one conditional UPDATE (a claim that expires) and writes a random claim token with it;
 * every later write of that worker about the enquiry (holding the claim before a send, recording a send, releasing)
 * is one statement fenced by `WHERE id = ? AND claim_token = ?`. When it matches no row, another worker has taken the
 * enquiry over (or it was erased or anonymised), and this worker sends nothing more for it and writes nothing.
 * Payload's own updates read and then write the whole row, so these statements go to the adapter directly (drizzle for
 * SQLite and PostgreSQL, the MongoDB driver's findOneAndUpdate), and Payload's updates leave these columns alone
 * (`keepOutboxOutOfUpdates`).
 */
export type EnquiryId = number | string;
export type Recipient = 'team' | 'carer';

/** The fields only the statements below write. */
export const OUTBOX_FIELDS = ['emails', 'emailNotDelivered'] as const;

interface SqlTable {
  id: never;
  emails_team: never;
  emails_carer: never;
  emails_attempts: never;
  emails_nextAttemptAt: never;
  emails_claimedUntil: never;
  emails_claimToken: never;
  emails_lastError: never;
  emailNotDelivered: never;
  anonymisedAt: never;
}

interface MongoModel {
  find: (filter: object, projection: object, options: object) => { lean: () => Promise<Array<{ _id: unknown }>> };
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>;
}

const storeOf = (payload: Payload) =>
  directStore<SqlTable, MongoModel>(payload, { table: 'enquiries', collection: 'enquiries' });

/** Dates are ISO strings in Payload's SQL tables (text on SQLite, timestamptz on PostgreSQL) and Date objects in MongoDB. */
const iso = (date: Date) => date.toISOString();
const until = (now: Date, claimSeconds: number) => new Date(now.getTime() + claimSeconds * 1000);

/** What a worker holds after a claim: the enquiries, and the token that proves it still holds each of them. */
export interface Claim {
  token: string;
  ids: EnquiryId[];
}

/**
 * Claims up to `limit` enquiries whose e-mails are due, for `claimSeconds`. A claim left by a worker that died
 * expires, and the enquiry is due again.
 */
export async function claimDueEnquiries({
  payload,
  now,
  limit,
  claimSeconds,
}: {
  payload: Payload;
  now: Date;
  limit: number;
  claimSeconds: number;
}): Promise<Claim> {
  const store = storeOf(payload);
  const token = randomBytes(16).toString('hex');
  if (store.kind === 'mongo') {
    const due = {
      'emails.nextAttemptAt': { $lte: now },
      $or: [{ 'emails.claimedUntil': null }, { 'emails.claimedUntil': { $lt: now } }],
    };
    const candidates = await store.model.find(due, { _id: 1 }, { limit, sort: { 'emails.nextAttemptAt': 1 } }).lean();
    const ids: EnquiryId[] = [];
    for (const { _id } of candidates) {
      const won = await store.model.findOneAndUpdate(
        { _id, ...due },
        { $set: { 'emails.claimedUntil': until(now, claimSeconds), 'emails.claimToken': token } },
        { projection: { _id: 1 } },
      );
      if (won) ids.push(String(won._id));
    }
    return { token, ids };
  }
  const t = store.table;
  const due = and(
    lte(t.emails_nextAttemptAt, iso(now)),
    or(isNull(t.emails_claimedUntil), lt(t.emails_claimedUntil, iso(now))),
  );
  const candidates = store.db.select({ id: t.id }).from(t).where(due).orderBy(asc(t.emails_nextAttemptAt)).limit(limit);
  // One statement for the whole claim (one write, not one per enquiry). The condition is evaluated again on each row
  // the UPDATE takes: of two workers racing for one row, only one gets it back.
  const won: Array<{ id: EnquiryId }> = await store.db
    .update(t)
    .set({ emails_claimedUntil: iso(until(now, claimSeconds)), emails_claimToken: token })
    .where(and(inArray(t.id, candidates), due))
    .returning({ id: t.id });
  return { token, ids: won.map(({ id }) => id) };
}

/**
 * Extends the claim for another `claimSeconds`, if this worker still holds it and the enquiry still has a carer
 * behind it (not erased, not anonymised). Called just before each message goes to the relay, and while one is being
 * sent; false means: send nothing more for this enquiry.
 */
export async function holdClaim({
  payload,
  id,
  token,
  now,
  claimSeconds,
}: {
  payload: Payload;
  id: EnquiryId;
  token: string;
  now: Date;
  claimSeconds: number;
}): Promise<boolean> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') {
    const held = await store.model.findOneAndUpdate(
      { _id: id, 'emails.claimToken': token, anonymisedAt: null },
      { $set: { 'emails.claimedUntil': until(now, claimSeconds) } },
      { projection: { _id: 1 } },
    );
    return held !== null;
  }
  const t = store.table;
  const held: unknown[] = await store.db
    .update(t)
    .set({ emails_claimedUntil: iso(until(now, claimSeconds)) })
    .where(and(eq(t.id, id), eq(t.emails_claimToken, token), isNull(t.anonymisedAt)))
    .returning({ id: t.id });
  return held.length > 0;
}

/** Records one e-mail as sent the moment the relay accepts it, so a crash afterwards does not send it again. */
export async function markSent({
  payload,
  id,
  token,
  recipient,
}: {
  payload: Payload;
  id: EnquiryId;
  token: string;
  recipient: Recipient;
}): Promise<boolean> {
  return writeEmails({ payload, id, token, patch: { [recipient]: 'sent' satisfies EmailState } });
}

/**
 * Ends a claim: `nextAttemptAt` null when nothing is left to send, else when to try again. `states` holds only the
 * e-mails whose state this worker changed. `notDelivered` raises the team's flag once a failure is final. False when
 * the claim was no longer this worker's: nothing was written.
 */
export async function releaseClaim({
  payload,
  id,
  token,
  next,
  attempts,
  lastError,
  states,
  notDelivered,
}: {
  payload: Payload;
  id: EnquiryId;
  token: string;
  next: Date | null;
  attempts: number;
  lastError: string | null;
  states: Partial<Record<Recipient, EmailState>>;
  notDelivered?: boolean;
}): Promise<boolean> {
  return writeEmails({
    payload,
    id,
    token,
    patch: { ...states, attempts, nextAttemptAt: next, claimedUntil: null, claimToken: null, lastError },
    notDelivered,
  });
}

/**
 * An admin's "send the e-mails again": every e-mail not yet sent is due now, and the flag comes down. Refused (false)
 * while a worker holds the enquiry: it is being sent right now, and its worker's release would undo the requeue.
 */
export async function requeueUndelivered({
  payload,
  id,
  now,
}: {
  payload: Payload;
  id: EnquiryId;
  now: Date;
}): Promise<boolean> {
  const patch: EmailsPatch = { nextAttemptAt: now, claimedUntil: null, claimToken: null, attempts: 0, lastError: null };
  const store = storeOf(payload);
  if (store.kind === 'mongo') {
    const free = { _id: id, $or: [{ 'emails.claimedUntil': null }, { 'emails.claimedUntil': { $lt: now } }] };
    // One pipeline update, so the states and the due time change in the same write.
    const pending = (recipient: Recipient) => ({
      $cond: [{ $in: [`$emails.${recipient}`, ['failed', 'pending']] }, 'pending', `$emails.${recipient}`],
    });
    const set = { ...mongoSet(patch, false), 'emails.team': pending('team'), 'emails.carer': pending('carer') };
    return (await store.model.findOneAndUpdate(free, [{ $set: set }], { projection: { _id: 1 } })) !== null;
  }
  const t = store.table;
  const set = sqlSet(patch, false);
  set.emails_team = sql`case when ${t.emails_team} in ('failed', 'pending') then 'pending' else ${t.emails_team} end`;
  set.emails_carer = sql`case when ${t.emails_carer} in ('failed', 'pending') then 'pending' else ${t.emails_carer} end`;
  const done: unknown[] = await store.db
    .update(t)
    .set(set)
    .where(and(eq(t.id, id), or(isNull(t.emails_claimedUntil), lt(t.emails_claimedUntil, iso(now)))))
    .returning({ id: t.id });
  return done.length > 0;
}

type EmailsPatch = Partial<Record<Recipient, EmailState>> & {
  attempts?: number;
  nextAttemptAt?: Date | null;
  claimedUntil?: Date | null;
  claimToken?: string | null;
  lastError?: string | null;
};

function mongoSet(patch: EmailsPatch, notDelivered: boolean | undefined): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) set[`emails.${key}`] = value;
  if (notDelivered !== undefined) set.emailNotDelivered = notDelivered;
  return set;
}

function sqlSet(patch: EmailsPatch, notDelivered: boolean | undefined): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (patch.team) set.emails_team = patch.team;
  if (patch.carer) set.emails_carer = patch.carer;
  if (patch.attempts !== undefined) set.emails_attempts = patch.attempts;
  if (patch.nextAttemptAt !== undefined) set.emails_nextAttemptAt = patch.nextAttemptAt && iso(patch.nextAttemptAt);
  if (patch.claimedUntil !== undefined) set.emails_claimedUntil = patch.claimedUntil && iso(patch.claimedUntil);
  if (patch.claimToken !== undefined) set.emails_claimToken = patch.claimToken;
  if (patch.lastError !== undefined) set.emails_lastError = patch.lastError;
  if (notDelivered !== undefined) set.emailNotDelivered = notDelivered;
  return set;
}

/** One fenced write: true if this worker still held the claim and the patch was written, false if nothing was. */
async function writeEmails({
  payload,
  id,
  token,
  patch,
  notDelivered,
}: {
  payload: Payload;
  id: EnquiryId;
  token: string;
  patch: EmailsPatch;
  notDelivered?: boolean;
}): Promise<boolean> {
  const store = storeOf(payload);
  if (store.kind === 'mongo') {
    return (
      (await store.model.findOneAndUpdate(
        { _id: id, 'emails.claimToken': token },
        { $set: mongoSet(patch, notDelivered) },
        { projection: { _id: 1 } },
      )) !== null
    );
  }
  const t = store.table;
  const written: unknown[] = await store.db
    .update(t)
    .set(sqlSet(patch, notDelivered))
    .where(and(eq(t.id, id), eq(t.emails_claimToken, token)))
    .returning({ id: t.id });
  return written.length > 0;
}

/**
 * Payload's update reads the row, then writes every field back, the outbox's too: a staff save, the retention job's
 * anonymising or any other update that began before the worker recorded a send would put the stale state back
 * (re-opening a sent e-mail, or clearing a live claim so a second worker sends it too). The database adapters write
 * only the fields present in the data (drizzle leaves a column out of its UPDATE when the value is undefined, mongoose
 * `$set`s only the keys given), so dropping the outbox's fields from every update keeps them to the statements above.
 * A create keeps them: a new enquiry's e-mails are due in the same write as the enquiry itself.
 */
export const keepOutboxOutOfUpdates: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'update') return data;
  const kept = { ...data };
  for (const field of OUTBOX_FIELDS) delete kept[field];
  return kept;
};
