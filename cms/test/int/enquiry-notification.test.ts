import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpServer, type ReceivedMail } from '@bfp/services/smtp';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { sendDueEnquiryEmails } from '../../src/collections/Enquiries/emails/sendDueEnquiryEmails.ts';
import type { DeliveryPolicy } from '../../src/collections/Enquiries/emails/deliveryPolicy.ts';
import type { Enquiry } from '../../src/payload-types.ts';

let t: TestPayload;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
const inbox: ReceivedMail[] = [];
let smtpPort = 0;
const policy: DeliveryPolicy = {
  retryBaseSeconds: 10,
  retryMaxSeconds: 900,
  giveUpHours: 26,
  claimSeconds: 120,
  concurrency: 4,
};
const HOUR = 3_600_000;

beforeAll(async () => {
  // SMTP settings are read when the config is imported: start the server first.
  smtp = await startSmtpServer({ messages: inbox });
  smtpPort = smtp.port;
  t = await startTestPayload({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) } });
  await seed(t.payload, { demoUsers: true });
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.stop();
});

async function submit(body = validEnquiry()): Promise<Enquiry> {
  const response = await t.rest('/api/enquiries/submit', postJson(body));
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  return (
    await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } }, overrideAccess: true })
  ).docs[0]!;
}
const reload = async (enquiry: Enquiry) =>
  t.payload.findByID({ collection: 'enquiries', id: enquiry.id, overrideAccess: true });
const sweep = (at?: Date) => sendDueEnquiryEmails({ payload: t.payload, policy, now: at ? () => at : undefined });
const mailsAbout = (reference: string) => inbox.filter((mail) => mail.raw.includes(reference));

async function smtpDown() {
  await smtp?.stop();
  smtp = undefined;
}
async function smtpUp() {
  smtp ??= await startSmtpServer({ port: smtpPort, messages: inbox });
}

it('stores both e-mails as due in the same row as the enquiry, so a crash cannot separate them', async () => {
  const enquiry = await submit();
  expect(enquiry.emails).toMatchObject({ team: 'pending', carer: 'pending', attempts: 0 });
  expect(new Date(enquiry.emails!.nextAttemptAt!).getTime()).toBeLessThanOrEqual(Date.now());
  // Web instances queue no jobs for e-mail at all.
  expect((await t.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(0);
});

it("e-mails the partner's team and the carer once each, and a second sweep sends nothing more", async () => {
  const body = validEnquiry();
  const enquiry = await submit(body);
  await sweep();
  const mails = mailsAbout(enquiry.reference);
  expect(mails).toHaveLength(2);
  const team = mails.find((mail) => mail.to.includes('fostering@dudley.example.org'))!;
  expect(team.raw).toContain('01632 960 001');
  expect(team.raw).toContain('one working day');
  const carer = mails.find((mail) => mail.to.includes(body.contact.email))!;
  expect(carer.raw).toContain('Dudley');
  expect(carer.raw).not.toContain('fostering@dudley.example.org'); // the carer is not sent the team's own copy
  // The same e-mail always carries the same Message-ID, so a copy re-sent after a crash is recognisably the same message.
  expect(team.raw).toMatch(new RegExp(`Message-ID: <enquiry\\.${enquiry.reference}\\.team@`, 'i'));

  await sweep();
  expect(mailsAbout(enquiry.reference)).toHaveLength(2);
  expect((await reload(enquiry)).emails).toMatchObject({ team: 'sent', carer: 'sent', nextAttemptAt: null });
});

it('sends each e-mail once when two workers sweep at the same moment', async () => {
  const enquiries = [];
  for (let i = 0; i < 6; i++) enquiries.push(await submit());
  await Promise.all([sweep(), sweep(), sweep()]);
  for (const enquiry of enquiries) expect(mailsAbout(enquiry.reference)).toHaveLength(2);
});

describe('with the mail relay down', () => {
  it('keeps the e-mails due, tries again after a capped backoff, and sends them when the relay is back', async () => {
    await smtpDown();
    const warn = vi.spyOn(t.payload.logger, 'warn');
    const enquiry = await submit();
    const first = await sweep();
    expect(first.retrying).toBe(2);
    let stored = await reload(enquiry);
    expect(stored.emails).toMatchObject({ team: 'pending', carer: 'pending', attempts: 1 });
    expect(stored.emails!.lastError).toMatch(/ECONNREFUSED|connect/i);
    const next = new Date(stored.emails!.nextAttemptAt!).getTime();
    expect(next - Date.now()).toBeGreaterThan(5_000);
    expect(next - Date.now()).toBeLessThanOrEqual(10_000);
    // One line per failed attempt, naming the enquiry and the reason: not a page of JSON.
    const line = String(warn.mock.calls.at(-1)?.[0]);
    expect(line).toContain(enquiry.reference);
    expect(line).not.toContain('\n');
    warn.mockRestore();

    // Not due yet: nothing is tried before the backoff has passed.
    expect((await sweep()).claimed).toBe(0);

    // Twelve hours on, the wait between tries is still the cap (15 minutes), not hours.
    for (let hour = 1; hour <= 12; hour++) await sweep(new Date(Date.now() + hour * HOUR));
    stored = await reload(enquiry);
    const gap = new Date(stored.emails!.nextAttemptAt!).getTime() - (Date.now() + 12 * HOUR);
    expect(gap).toBeLessThanOrEqual(policy.retryMaxSeconds * 1000 + 5_000);
    expect(stored.emailNotDelivered).toBe(false);

    await smtpUp();
    await sweep(new Date(Date.now() + 13 * HOUR));
    expect(mailsAbout(enquiry.reference)).toHaveLength(2);
    expect((await reload(enquiry)).emails).toMatchObject({ team: 'sent', carer: 'sent' });
  });

  it('after a day flags the enquiry "e-mail not delivered", and an admin can send the e-mails again', async () => {
    await smtpDown();
    const enquiry = await submit();
    await sweep();
    const report = await sweep(new Date(Date.now() + (policy.giveUpHours + 1) * HOUR));
    expect(report.undelivered).toBe(2);
    const stored = await reload(enquiry);
    expect(stored.emailNotDelivered).toBe(true);
    expect(stored.emails).toMatchObject({ team: 'failed', carer: 'failed', nextAttemptAt: null });
    // The team's list can show just these.
    const flagged = await t.payload.find({
      collection: 'enquiries',
      where: { emailNotDelivered: { equals: true } },
      overrideAccess: true,
    });
    expect(flagged.docs.map((doc) => doc.reference)).toContain(enquiry.reference);

    const resend = (who: string) =>
      authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD).then((headers) =>
        t.rest(`/api/enquiries/${enquiry.id}/resend-emails`, { method: 'POST', headers }),
      );
    expect((await resend('dudley')).status).toBe(403);
    await smtpUp();
    const response = await resend('admin');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ queued: 2 });
    expect((await reload(enquiry)).emailNotDelivered).toBe(false);
    await sweep();
    expect(mailsAbout(enquiry.reference)).toHaveLength(2);
    expect((await resend('admin')).status).toBe(409); // both sent: nothing to send twice
  });
});

it('writes to nobody about an enquiry anonymised before its e-mails went', async () => {
  await smtpDown();
  const enquiry = await submit();
  await t.payload.update({
    collection: 'enquiries',
    id: enquiry.id,
    data: { contact: { fullName: null, email: null, phone: null }, anonymisedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { anonymisingEnquiry: true },
  });
  await smtpUp();
  await sweep(new Date(Date.now() + HOUR));
  expect(mailsAbout(enquiry.reference)).toHaveLength(0);
  expect((await reload(enquiry)).emails).toMatchObject({ team: 'cancelled', carer: 'cancelled', nextAttemptAt: null });
});
