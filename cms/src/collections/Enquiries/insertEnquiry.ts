import { randomBytes } from 'node:crypto';
import type { Payload, PayloadRequest } from 'payload';
import type { Enquiry } from '../../payload-types.ts';
import { sqlDatabase } from '../../database.ts';
import { enquiryWorkflow } from './workflow.ts';
import type { EmailUpdatesRecord } from '../../fields/emailUpdatesConsent.ts';
import { keepOutboxOutOfUpdates } from './emails/outbox.ts';
import { refuseControlCharactersInQueries } from '../../fields/controlCharacters.ts';

/** What the submit endpoint has worked out for a new enquiry: every value already checked, by the eligibility rules. */
export interface NewEnquiry {
  reference: string;
  partner: Enquiry['partner'];
  sourceSite: string;
  /** The language of the page the carer enquired on. */
  language: Enquiry['language'];
  outcome: Enquiry['outcome'];
  answers: Enquiry['answers'];
  findings: Enquiry['findings'];
  contact: { fullName: string; email: string; phone: string; callTime?: NonNullable<Enquiry['contact']>['callTime'] };
  consent: { given: true; givenAt: string; privacyNoticeVersion: string };
  /** The opt-in to e-mails about events and stories: with its words and their version when given. */
  emailUpdates: EmailUpdatesRecord;
  status: 'new' | 'keep-in-touch';
  callBackBy: string | null;
  idempotencyKey: string;
}

export interface StoredEnquiry {
  id: number | string;
  reference: string;
  outcome: Enquiry['outcome'];
  partner: Enquiry['partner'];
  /** false when the database adapter cannot tell a failed commit from a kept row (MongoDB here): read it back. */
  committed: boolean;
}

/**
 * The collection's hooks the direct write below does the work of; a test holds the collection to this list.
 * keepOutboxOutOfUpdates does nothing on a create: the row below carries its e-mails' first state itself; nor does the
 * query guard every collection has (a create names no filter, id or sort).
 */
export const HOOKS_DONE_HERE = {
  beforeOperation: [refuseControlCharactersInQueries],
  beforeChange: [enquiryWorkflow, keepOutboxOutOfUpdates],
};

/** The two inserts below, as SQLite's and PostgreSQL's drizzle (and a PostgreSQL transaction) all run them. */
interface Inserts {
  insert: (table: never) => {
    values: (
      row: object,
    ) => { returning: (columns?: object) => Promise<Array<{ id: number | string }>> } & PromiseLike<unknown>;
  };
}

/**
 * Stores a new enquiry in the statements Payload's create would run (the row, then its first status-history row), and
 * nothing else. Payload's create spends as much again on generic work the endpoint has already done — field
 * traversal, validation, the workflow hook's defaults — and then reads the whole row back, which the answer does not
 * need: on the day of an appeal that was the difference between keeping up with the burst and not. The workflow
 * hook's part on a create (the first status-history entry; the call-back deadline the endpoint computes) is done
 * here; a test stores one enquiry each way and compares what Payload reads back, field by field, so the two cannot
 * drift apart.
 *
 * On PostgreSQL both inserts are one transaction whose COMMIT error reaches the caller (Payload's own transactions
 * swallow it); on SQLite Payload runs no transactions and each statement commits on its own, as Payload's create
 * would. MongoDB goes through Payload's create.
 */
export async function insertEnquiry(req: PayloadRequest, enquiry: NewEnquiry): Promise<StoredEnquiry> {
  const db = sqlDatabase(req.payload);
  const enquiries = db?.tables.enquiries;
  const history = db?.tables.enquiries_status_history;
  if (!db?.drizzle || !enquiries || !history) return viaPayload(req.payload, req, enquiry);

  const now = new Date().toISOString();
  const updates = enquiry.emailUpdates.given ? enquiry.emailUpdates : null;
  const row = {
    reference: enquiry.reference,
    partner: enquiry.partner,
    sourceSite: enquiry.sourceSite,
    language: enquiry.language,
    outcome: enquiry.outcome,
    answers: enquiry.answers,
    findings: enquiry.findings,
    contact_fullName: enquiry.contact.fullName,
    contact_email: enquiry.contact.email,
    contact_phone: enquiry.contact.phone,
    contact_callTime: enquiry.contact.callTime ?? null,
    consent_given: enquiry.consent.given,
    consent_givenAt: enquiry.consent.givenAt,
    consent_privacyNoticeVersion: enquiry.consent.privacyNoticeVersion,
    emailUpdates_given: enquiry.emailUpdates.given,
    emailUpdates_givenAt: updates?.givenAt ?? null,
    emailUpdates_wording: updates?.wording ?? null,
    emailUpdates_wordingVersion: updates?.wordingVersion ?? null,
    status: enquiry.status,
    callBackBy: enquiry.callBackBy,
    idempotencyKey: enquiry.idempotencyKey,
    // The outbox: both e-mails are due now, in the same row as the enquiry itself.
    emails_team: 'pending',
    emails_carer: 'pending',
    emails_attempts: 0,
    emails_nextAttemptAt: now,
    emailNotDelivered: false,
    updatedAt: now,
    createdAt: now,
  };
  const write = async (tx: Inserts) => {
    const [stored] = await tx
      .insert(enquiries as never)
      .values(row)
      .returning({ id: enquiries.id as never });
    // Array rows carry a 24-hex id, as Payload gives them.
    await tx.insert(history as never).values({
      _order: 1,
      _parentID: stored!.id,
      id: randomBytes(12).toString('hex'),
      status: enquiry.status,
      at: now,
      by: req.user?.id ?? null,
    });
    return stored!.id;
  };
  const id = db.name === 'postgres' ? await db.drizzle.transaction(write) : await write(db.drizzle);
  return { id, reference: enquiry.reference, outcome: enquiry.outcome, partner: enquiry.partner, committed: true };
}

async function viaPayload(payload: Payload, req: PayloadRequest, enquiry: NewEnquiry): Promise<StoredEnquiry> {
  const doc = await payload.create({
    collection: 'enquiries',
    overrideAccess: true,
    req,
    depth: 0,
    data: {
      ...enquiry,
      emails: { team: 'pending', carer: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() },
    },
  });
  return { id: doc.id, reference: doc.reference, outcome: doc.outcome, partner: doc.partner, committed: false };
}
