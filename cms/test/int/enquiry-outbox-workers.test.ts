import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionBeforeChangeHook } from 'payload';
import { startSmtpServer, type ReceivedMail } from '@bfp/services/smtp';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { sendDueEnquiryEmails, type SweepReport } from '../../src/collections/Enquiries/emails/sendDueEnquiryEmails.ts';
import { claimDueEnquiries } from '../../src/collections/Enquiries/emails/outbox.ts';
import type { DeliveryPolicy } from '../../src/collections/Enquiries/emails/deliveryPolicy.ts';
import type { Enquiry } from '../../src/payload-types.ts';

/**
 * The outbox with more than one worker, on a relay that takes its time: a claim covers only what its worker is
 * sending, every write after it is fenced by its token, and Payload's own updates never write the outbox's columns.
 */
let t: TestPayload;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const inbox: ReceivedMail[] = [];
const policy: DeliveryPolicy = {
  retryBaseSeconds: 10,
  retryMaxSeconds: 900,
  giveUpHours: 26,
  claimSeconds: 120,
  concurrency: 2,
};

beforeAll(async () => {
  smtp = await startSmtpServer({ messages: inbox });
  t = await startTestPayload({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), EMAIL_CONCURRENCY: '4' } });
  await seed(t.payload, { demoUsers: true });
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.stop();
});

async function submit(): Promise<Enquiry> {
  const response = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  return (
    await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } }, overrideAccess: true })
  ).docs[0]!;
}
const reload = (enquiry: Enquiry) =>
  t.payload.findByID({ collection: 'enquiries', id: enquiry.id, overrideAccess: true });
const mailsAbout = (reference: string) => inbox.filter((mail) => mail.raw.includes(reference));
const messageIds = (references: string[]) =>
  references.flatMap((reference) => mailsAbout(reference).map((mail) => mail.messageId));

/** Sweeps like the worker's loop, until every listed enquiry has both its e-mails. */
async function workerLoop({
  references,
  sweepPolicy = policy,
}: {
  references: string[];
  sweepPolicy?: DeliveryPolicy;
}): Promise<SweepReport[]> {
  const reports: SweepReport[] = [];
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline && new Set(messageIds(references)).size < references.length * 2) {
    const report = await sendDueEnquiryEmails({ payload: t.payload, policy: sweepPolicy });
    reports.push(report);
    if (!report.claimed) await sleep(50);
  }
  return reports;
}

/** Runs `hook` as the first of the collection's beforeChange hooks (after Payload has read the row) for one call. */
async function duringNextUpdate<T>(hook: CollectionBeforeChangeHook, update: () => Promise<T>): Promise<T> {
  const hooks = t.payload.collections.enquiries.config.hooks.beforeChange;
  hooks.unshift(hook);
  try {
    return await update();
  } finally {
    hooks.splice(hooks.indexOf(hook), 1);
  }
}

describe('two workers on a slow relay', () => {
  it('send every e-mail exactly once: a claim covers only what its worker is sending, and is held while it sends', async () => {
    smtp.setDelay(600);
    try {
      const enquiries: Enquiry[] = [];
      for (let i = 0; i < 6; i++) enquiries.push(await submit());
      const references = enquiries.map((enquiry) => enquiry.reference);
      // Claims of 1.5 s, each message taking 0.6 s, two at a time per worker: a claim of every due enquiry at once
      // would run out while its worker was still on the third, and the other worker would send it too.
      const slow = { ...policy, claimSeconds: 1.5 };
      const [first, second] = await Promise.all([
        workerLoop({ references, sweepPolicy: slow }),
        sleep(200).then(() => workerLoop({ references, sweepPolicy: slow })),
      ]);
      await sleep(1500);
      const ids = messageIds(references);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      // Both workers did some of the sending, and neither had a claim taken from under it.
      for (const reports of [first, second])
        expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBeGreaterThan(0);
      expect([...first, ...second].reduce((sum, report) => sum + report.lost, 0)).toBe(0);
      for (const enquiry of enquiries)
        expect((await reload(enquiry)).emails).toMatchObject({
          team: 'sent',
          carer: 'sent',
          nextAttemptAt: null,
          claimedUntil: null,
        });
    } finally {
      smtp.setDelay(0);
    }
  });

  it('a worker whose claim was taken over sends nothing more for the enquiry and leaves the new holder’s state alone', async () => {
    smtp.setDelay(1500);
    try {
      const enquiry = await submit();
      const one = { ...policy, concurrency: 1 };
      const first = sendDueEnquiryEmails({ payload: t.payload, policy: one });
      // The first worker's team e-mail is with the relay; a second worker whose clock says the claim has run out
      // (a stalled worker, a clock ahead) takes the enquiry over and sends both.
      await expect.poll(async () => (await reload(enquiry)).emails?.claimedUntil, { interval: 20 }).toBeTruthy();
      await sleep(300);
      const later = new Date(Date.now() + 10 * 60_000);
      const second = await sendDueEnquiryEmails({ payload: t.payload, policy: one, now: () => later });
      expect(second).toMatchObject({ claimed: 1, sent: 2, lost: 0 });
      const firstReport = await first;
      expect(firstReport.lost).toBe(1);
      // The copy the first worker had in flight is the same message (same Message-ID); nothing after it was sent.
      const mails = mailsAbout(enquiry.reference);
      expect(mails.filter((mail) => mail.subject?.startsWith('Your fostering enquiry'))).toHaveLength(1);
      expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(2);
      expect((await reload(enquiry)).emails).toMatchObject({
        team: 'sent',
        carer: 'sent',
        nextAttemptAt: null,
        claimedUntil: null,
        attempts: 0,
      });
    } finally {
      smtp.setDelay(0);
    }
  });

  it('an admin’s “send again” does not take an enquiry from the worker sending it', async () => {
    const enquiry = await submit();
    const { ids } = await claimDueEnquiries({ payload: t.payload, now: new Date(), limit: 10, claimSeconds: 60 });
    expect(ids.map(String)).toContain(String(enquiry.id));
    const headers = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
    const response = await t.rest(`/api/enquiries/${enquiry.id}/resend-emails`, { method: 'POST', headers });
    expect(response.status).toBe(409);
    expect(JSON.stringify(await response.json())).toMatch(/being sent right now/);
    expect((await reload(enquiry)).emails?.claimedUntil).toBeTruthy();
  });
});

describe("Payload's own updates", () => {
  it('keep an e-mail the worker recorded as sent between their read and their write “sent”', async () => {
    const enquiry = await submit();
    // A staff save (or the retention job) has read the row with both e-mails pending; the worker sends them before
    // it writes.
    await duringNextUpdate(
      async ({ data }) => {
        await sendDueEnquiryEmails({ payload: t.payload, policy });
        return data;
      },
      () =>
        t.payload.update({
          collection: 'enquiries',
          id: enquiry.id,
          data: { notes: 'Called, left a message.' },
          overrideAccess: true,
        }),
    );
    const stored = await reload(enquiry);
    expect(stored.notes).toBe('Called, left a message.');
    expect(stored.emails).toMatchObject({ team: 'sent', carer: 'sent', nextAttemptAt: null });
    await sendDueEnquiryEmails({ payload: t.payload, policy });
    expect(mailsAbout(enquiry.reference)).toHaveLength(2);
  });

  it('leave a claim taken between their read and their write in place', async () => {
    const enquiry = await submit();
    let token = '';
    await duringNextUpdate(
      async ({ data }) => {
        token = (await claimDueEnquiries({ payload: t.payload, now: new Date(), limit: 10, claimSeconds: 60 })).token;
        return data;
      },
      () =>
        t.payload.update({
          collection: 'enquiries',
          id: enquiry.id,
          data: { status: 'contacted' },
          overrideAccess: true,
        }),
    );
    const stored = await reload(enquiry);
    expect(stored.status).toBe('contacted');
    expect(stored.emails?.claimToken).toBe(token);
    expect(stored.emails?.claimedUntil).toBeTruthy();
  });
});
