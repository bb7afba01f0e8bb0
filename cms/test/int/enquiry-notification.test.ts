import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtpServer, type ReceivedMail } from './smtpServer.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import type { TestPayload } from './testPayload.ts';

let t: TestPayload;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
const inbox: ReceivedMail[] = [];
let smtpPort = 0;

beforeAll(async () => {
  // SMTP settings are read when the config is imported: start the server first.
  smtp = await startSmtpServer({ messages: inbox });
  smtpPort = smtp.port;
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(smtpPort);
  const { startTestPayload } = await import('./testPayload.ts');
  const { seed } = await import('../../src/seed/index.ts');
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.stop();
});

async function submit(): Promise<string> {
  const response = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

it("e-mails the partner's team about a new enquiry, after storing it", async () => {
  const reference = await submit();
  await t.payload.jobs.run({ limit: 10 });
  await expect.poll(() => inbox.length, { timeout: 10_000 }).toBe(1);
  expect(inbox[0]!.to).toEqual(['fostering@dudley.example.org']);
  expect(inbox[0]!.raw).toContain(reference);
  expect(inbox[0]!.raw).toContain('01632 960 001');
  expect(inbox[0]!.raw).toContain('within one working day');
});

it('with SMTP down, stores the enquiry and sends the e-mail once SMTP is back', async () => {
  await smtp!.stop();
  smtp = undefined;
  const reference = await submit();
  const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
  expect(docs).toHaveLength(1);

  await t.payload.jobs.run({ limit: 10 });
  const { docs: jobs } = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyPartnerOfEnquiry' } }, sort: '-createdAt', limit: 1 });
  const job = jobs[0]!;
  expect(job.completedAt ?? null).toBeNull();
  expect(job.totalTried).toBeGreaterThanOrEqual(1);
  expect(job.hasError).toBe(false); // still to be retried, not given up
  expect(inbox.map((m) => m.raw).join()).not.toContain(reference);

  smtp = await startSmtpServer({ port: smtpPort, messages: inbox });
  // The retry is due after Payload's backoff; run it now rather than wait.
  await t.payload.jobs.runByID({ id: job.id });
  await expect.poll(() => inbox.some((m) => m.raw.includes(reference)), { timeout: 10_000 }).toBe(true);
});
