import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle';
import { runSql, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { sqlDatabase } from '../../src/database.ts';
import { sendDueEnquiryEmails } from '../../src/collections/Enquiries/emails/sendDueEnquiryEmails.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

/**
 * The committed migration that adds the outbox's claim token, run over enquiries that were stored before it: one whose
 * e-mails were sent, one still due, and one held by a worker of the old release when it was stopped. They keep their
 * state, and the new worker sends what is due once the old claim has run out.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ migrated: true });
});
afterAll(async () => {
  await t?.cleanup();
});

describe('the claim-token migration', () => {
  it('keeps every existing enquiry’s e-mail state, and the worker of the new release sends what is due', async () => {
    const all = t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations;
    // Later migrations touch other tables only, so this one's down and up can run on the fully migrated schema.
    const migration = all.find(({ name }) => name.endsWith('_enquiry_email_claim_token'))!;
    expect(migration).toBeDefined();
    await t.payload.db.migrate({ migrations: all as never });
    await seed(t.payload, { demoUsers: false });
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
      expect(response.status).toBe(201);
      references.push(((await response.json()) as { reference: string }).reference);
    }
    const [sent, due, claimed] = references as [string, string, string];

    // Back to the schema before the migration, with the rows as the old release left them (the same SQL on both).
    const run = (query: SQL) => runSql(t.payload, query);
    const args = { db: sqlDatabase(t.payload)!.drizzle, payload: t.payload, req: {} } as never;
    await migration.down(args);
    const past = new Date(Date.now() - 60_000).toISOString();
    const later = new Date(Date.now() + 60_000).toISOString();
    await run(
      sql`UPDATE enquiries SET emails_team = 'sent', emails_carer = 'sent', emails_next_attempt_at = NULL WHERE reference = ${sent}`,
    );
    await run(
      sql`UPDATE enquiries SET emails_team = 'sent', emails_attempts = 2, emails_next_attempt_at = ${past}, emails_last_error = 'carer e-mail: 451 deferred' WHERE reference = ${due}`,
    );
    await run(
      sql`UPDATE enquiries SET emails_next_attempt_at = ${past}, emails_claimed_until = ${later} WHERE reference = ${claimed}`,
    );

    await migration.up(args);

    const read = async (reference: string) =>
      (
        await t.payload.find({
          collection: 'enquiries',
          where: { reference: { equals: reference } },
          overrideAccess: true,
        })
      ).docs[0]!;
    expect((await read(sent)).emails).toMatchObject({
      team: 'sent',
      carer: 'sent',
      nextAttemptAt: null,
      claimToken: null,
    });
    expect((await read(due)).emails).toMatchObject({
      team: 'sent',
      carer: 'pending',
      attempts: 2,
      lastError: 'carer e-mail: 451 deferred',
      claimToken: null,
    });
    expect((await read(claimed)).emails).toMatchObject({ team: 'pending', carer: 'pending', claimToken: null });

    const policy = { retryBaseSeconds: 10, retryMaxSeconds: 900, giveUpHours: 26, claimSeconds: 30, concurrency: 4 };
    // The old worker's claim still holds: the new one waits for it to run out.
    expect((await sendDueEnquiryEmails({ payload: t.payload, policy })).sent).toBe(1);
    expect(
      (await sendDueEnquiryEmails({ payload: t.payload, policy, now: () => new Date(Date.now() + 120_000) })).sent,
    ).toBe(2);
    for (const reference of references)
      expect((await read(reference)).emails).toMatchObject({
        team: 'sent',
        carer: 'sent',
        nextAttemptAt: null,
        claimToken: null,
      });
  });
});
