import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtpServer } from '@bfp/services/smtp';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

let t: TestPayload;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  // SMTP settings are read when the config is imported: start the server first.
  smtp = await startSmtpServer();
  t = await startTestPayload({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
  await seed(t.payload, { demoUsers: true });
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.stop();
});

it('unpublishes a story past its review date from every site and e-mails the editors', async () => {
  const { docs } = await t.payload.find({ collection: 'stories', where: { slug: { equals: 'tegans-story' } } });
  const overdue = docs[0]!;
  await t.payload.update({
    collection: 'stories',
    id: overdue.id,
    data: {
      safeguarding: { ...overdue.safeguarding, reviewBy: new Date(Date.now() - 86_400_000).toISOString() },
      _status: 'published',
    },
    context: { disableRebuild: true },
  });

  await t.payload.jobs.queue({ task: 'reviewStories', input: {} });
  await t.payload.jobs.run({ allQueues: true, limit: 10 });

  const after = await t.payload.findByID({ collection: 'stories', id: overdue.id, draft: false });
  expect(after._status).toBe('draft');
  const publicList = (await (await t.rest('/api/stories?limit=10')).json()) as { docs: Array<{ slug: string }> };
  expect(publicList.docs.map((d) => d.slug)).toEqual(['maliks-story']);

  // Taking it down asked for every site it was on to be rebuilt.
  const { docs: builds } = await t.payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'pending' } },
  });
  expect(builds).toHaveLength(4); // the three councils and the partnership's own site

  await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(1);
  const mail = smtp.messages[0]!;
  expect(mail.to.sort()).toEqual(['admin@bfp.example', 'editor@bfp.example']);
  expect(mail.raw).toContain('Tegan');
  expect(mail.raw).toMatch(/unpublished for review/);
});

it('leaves stories whose review date is still ahead', async () => {
  await t.payload.jobs.queue({ task: 'reviewStories', input: {} });
  await t.payload.jobs.run({ allQueues: true, limit: 10 });
  const malik = await t.payload.find({
    collection: 'stories',
    where: { slug: { equals: 'maliks-story' } },
    draft: false,
  });
  expect(malik.docs[0]!._status).toBe('published');
});
