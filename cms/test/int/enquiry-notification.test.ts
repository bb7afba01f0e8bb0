import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtpServer, type ReceivedMail } from './smtpServer.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

let t: TestPayload;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
const inbox: ReceivedMail[] = [];
let smtpPort = 0;

beforeAll(async () => {
  // SMTP settings are read when the config is imported: start the server first.
  smtp = await startSmtpServer({ messages: inbox });
  smtpPort = smtp.port;
  t = await startTestPayload({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) } });
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
  await expect.poll(() => inbox.length, { timeout: 10_000 }).toBe(2);
  const team = inbox.find((mail) => mail.to.includes('fostering@dudley.example.org'))!;
  expect(team.raw).toContain(reference);
  expect(team.raw).toContain('01632 960 001');
  expect(team.raw).toContain('one working day');
});

it('e-mails the carer their reference and who will call, so a carer without JavaScript gets it too', async () => {
  const enquiry = validEnquiry();
  const response = await t.rest('/api/enquiries/submit', postJson(enquiry));
  const { reference } = (await response.json()) as { reference: string };
  await t.payload.jobs.run({ limit: 10 });
  await expect.poll(() => inbox.find((mail) => mail.to.includes(enquiry.contact.email)), { timeout: 10_000 }).toBeTruthy();
  const mail = inbox.find((m) => m.to.includes(enquiry.contact.email))!;
  expect(mail.raw).toContain(reference);
  expect(mail.raw).toContain('Dudley');
  expect(mail.raw).not.toContain('fostering@dudley.example.org'); // the carer is not sent the team's own copy
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
