import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { monthsBefore } from '../../src/collections/Enquiries/retention/purgeExpiredEnquiries.ts';
import { anonymisedEnquiryData } from '../../src/collections/Enquiries/retention/anonymise.ts';
import type { Enquiry, Partner } from '../../src/payload-types.ts';

let t: TestPayload;
const partnerIds: Record<string, Partner['id']> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
  // Payload deletes a job once it completes; keep them here so the test can read the job's output.
  t.payload.config.jobs.deleteJobOnComplete = false;
  const { docs } = await t.payload.find({ collection: 'partners', pagination: false, depth: 0 });
  for (const p of docs) partnerIds[p.slug] = p.id;
});
afterAll(() => t?.cleanup());

/** `months` before now, then `days` more into the past (negative: into the future). */
const ago = (months: number, days = 0) =>
  new Date(monthsBefore(new Date(), months).getTime() - days * DAY).toISOString();

interface Scenario {
  partner: 'dudley' | 'staffordshire';
  status: Enquiry['status'];
  createdAt: string;
  /** When the status last changed; none means the enquiry has no recorded status history. */
  lastChangeAt?: string;
  anonymisedAt?: string;
}

async function enquiry(reference: string, s: Scenario): Promise<Enquiry> {
  const created = await t.payload.create({
    collection: 'enquiries',
    overrideAccess: true,
    data: {
      reference,
      createdAt: s.createdAt,
      partner: partnerIds[s.partner]!,
      sourceSite: 'direct',
      outcome: 'likely-eligible',
      answers: { postcode: 'DY1 1AA', age: 'yes' },
      findings: [{ questionId: 'age', outcome: 'likely-eligible', reason: 'ok' }],
      contact: {
        fullName: `Carer ${reference}`,
        email: `${reference.toLowerCase()}@example.com`,
        phone: '01632 960 001',
      },
      consent: { given: true, givenAt: s.createdAt, privacyNoticeVersion: '2026-11' },
      notes: 'Prefers a call after 6pm; partner works nights.',
      status: s.status,
      withdrawalReason: s.status === 'withdrawn' ? 'AW3' : undefined,
      idempotencyKey: `key-${reference}`,
      ...(s.anonymisedAt ? anonymisedEnquiryData(new Date(s.anonymisedAt)) : {}),
    },
  });
  // Making an enquiry look old: Payload keeps a createdAt given to create (it stamps one only when none is given),
  // but the workflow hook always stamps the status history with "now", so the history is rewritten with the database
  // adapter's own updateOne, which writes through Payload's schema (the statusHistory array table included) without
  // running hooks, as a row saved years ago would look. updateOne ignores createdAt, hence the split.
  const rowId = () => randomBytes(12).toString('hex');
  await t.payload.db.updateOne({
    collection: 'enquiries',
    id: created.id,
    data: {
      statusHistory: s.lastChangeAt
        ? [
            { id: rowId(), status: 'new', at: s.createdAt },
            { id: rowId(), status: s.status, at: s.lastChangeAt },
          ]
        : [],
    },
  });
  return created;
}

async function runPurge() {
  const job = await t.payload.jobs.queue({ task: 'purgeExpiredEnquiries', input: {} });
  await t.payload.jobs.run({ allQueues: true, limit: 10 });
  const done = await t.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true });
  expect(done.hasError, JSON.stringify(done.error)).toBeFalsy();
  expect(done.completedAt).toBeTruthy();
  return done.log?.at(-1)?.output as { anonymised: number; byPartner: Record<string, number> };
}

const stored = async (reference: string) =>
  (
    await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!;

it('anonymises only never-converted enquiries past their own partner’s retention period, and only once', async () => {
  // Dudley keeps enquiries 36 months, Staffordshire 24 (seed data); the same age can be expired for one and not the other.
  await enquiry('DUD-OUT1', { partner: 'dudley', status: 'contacted', createdAt: ago(40), lastChangeAt: ago(36, 2) });
  await enquiry('DUD-OUT2', { partner: 'dudley', status: 'withdrawn', createdAt: ago(36, 2) }); // no history: createdAt counts
  await enquiry('DUD-IN1', { partner: 'dudley', status: 'contacted', createdAt: ago(40), lastChangeAt: ago(36, -2) }); // recent activity keeps it
  await enquiry('DUD-IN2', { partner: 'dudley', status: 'new', createdAt: ago(30) }); // past Staffordshire's 24, inside Dudley's 36
  await enquiry('DUD-APP', { partner: 'dudley', status: 'application', createdAt: ago(70), lastChangeAt: ago(60) });
  await enquiry('DUD-APR', { partner: 'dudley', status: 'approved', createdAt: ago(70), lastChangeAt: ago(60) });
  await enquiry('DUD-ANON', { partner: 'dudley', status: 'new', createdAt: ago(50), anonymisedAt: ago(10) });
  await enquiry('STA-OUT1', { partner: 'staffordshire', status: 'new', createdAt: ago(24, 2) });
  await enquiry('STA-IN1', { partner: 'staffordshire', status: 'new', createdAt: ago(24, -2) });
  const before = await stored('DUD-OUT1');

  const output = await runPurge();
  expect(output).toEqual({ anonymised: 3, byPartner: { dudley: 2, staffordshire: 1 } });

  for (const reference of ['DUD-OUT1', 'DUD-OUT2', 'STA-OUT1']) {
    const doc = await stored(reference);
    expect(doc.anonymisedAt, reference).toBeTruthy();
    expect(doc.contact ?? {}).toEqual({ fullName: null, email: null, phone: null, callTime: null });
    expect(doc.answers).toEqual({});
    expect(doc.findings).toEqual([]);
    expect(doc.notes ?? null).toBeNull();
    expect(doc.idempotencyKey ?? null).toBeNull();
    expect(JSON.stringify(doc)).not.toMatch(/Carer|example\.com|DY1|6pm/);
  }
  // What is not identifying stays, so the counts and the Ofsted return still add up.
  const after = await stored('DUD-OUT1');
  expect(after).toMatchObject({
    reference: 'DUD-OUT1',
    partner: partnerIds.dudley,
    outcome: 'likely-eligible',
    status: 'contacted',
    sourceSite: 'direct',
    createdAt: before.createdAt,
    consent: { given: true, givenAt: before.consent.givenAt, privacyNoticeVersion: '2026-11' },
  });
  expect(after.statusHistory?.map((h) => h.status)).toEqual(['new', 'contacted']);
  expect(after.firstContactAt).toBe(before.firstContactAt);
  expect((await stored('DUD-OUT2')).withdrawalReason).toBe('AW3');

  for (const reference of ['DUD-IN1', 'DUD-IN2', 'DUD-APP', 'DUD-APR', 'STA-IN1']) {
    const doc = await stored(reference);
    expect(doc.anonymisedAt ?? null, reference).toBeNull();
    expect(doc.contact?.fullName).toBe(`Carer ${reference}`);
    expect(doc.answers).toEqual({ postcode: 'DY1 1AA', age: 'yes' });
  }

  const { docs: log } = await t.payload.find({ collection: 'data-protection-log', depth: 0, overrideAccess: true });
  log.sort((a, b) => a.summary.localeCompare(b.summary));
  expect(
    log.map(({ action, partner, count, references, summary, performedBy }) => ({
      action,
      partner,
      count,
      references: [...(references as string[])].sort(),
      summary,
      performedBy: performedBy ?? null,
    })),
  ).toEqual([
    {
      action: 'retention-anonymised',
      partner: partnerIds.staffordshire,
      count: 1,
      references: ['STA-OUT1'],
      summary: 'Anonymised 1 Staffordshire enquiry older than 24 months',
      performedBy: null,
    },
    {
      action: 'retention-anonymised',
      partner: partnerIds.dudley,
      count: 2,
      references: ['DUD-OUT1', 'DUD-OUT2'],
      summary: 'Anonymised 2 Dudley enquiries older than 36 months',
      performedBy: null,
    },
  ]);

  expect(await runPurge()).toEqual({ anonymised: 0, byPartner: {} });
  expect((await t.payload.count({ collection: 'data-protection-log', overrideAccess: true })).totalDocs).toBe(2);
});

it('an anonymised enquiry can still be saved by staff (it passes validation)', async () => {
  await enquiry('STA-OLD', {
    partner: 'staffordshire',
    status: 'contacted',
    createdAt: ago(30),
    lastChangeAt: ago(29),
  });
  expect(await runPurge()).toEqual({ anonymised: 1, byPartner: { staffordshire: 1 } });
  const doc = await stored('STA-OLD');
  const updated = await t.payload.update({
    collection: 'enquiries',
    id: doc.id,
    data: { status: 'withdrawn', withdrawalReason: 'AW0' },
    overrideAccess: true,
  });
  expect(updated.status).toBe('withdrawn');
  expect(updated.contact?.fullName ?? null).toBeNull();
});
