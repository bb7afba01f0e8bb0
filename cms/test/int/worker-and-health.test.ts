import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { sqlDatabase } from '../../src/database.ts';
import { postForm, postJson, formFields, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { releaseStaleJobs } from '../../src/jobs/releaseStaleJobs.ts';
import { QUEUES } from '../../src/jobs/queues.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t?.cleanup());

it('releases a job left processing by a worker that died, and only once it is past its queue timeout', async () => {
  const job = await t.payload.jobs.queue({ task: 'reviewStories', input: {}, queue: QUEUES.maintenance });
  await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true });

  expect(await releaseStaleJobs({ payload: t.payload, queue: QUEUES.maintenance })).toBe(0); // still within its timeout
  expect(
    await releaseStaleJobs({
      payload: t.payload,
      queue: QUEUES.builds,
      staleAfterMs: 0,
      now: new Date(Date.now() + 1000),
    }),
  ).toBe(0); // another queue
  expect(
    await releaseStaleJobs({
      payload: t.payload,
      queue: QUEUES.maintenance,
      staleAfterMs: 0,
      now: new Date(Date.now() + 1000),
    }),
  ).toBe(1);

  const released = await t.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true });
  expect(released.processing).toBe(false);
  // The next run of its queue picks it up and completes it (completed jobs are deleted).
  await t.payload.jobs.run({ queue: QUEUES.maintenance });
  expect(
    (await t.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true }))
      .totalDocs,
  ).toBe(0);
});

it('answers the readiness check with 200 while the database answers, never cached', async () => {
  const response = await t.rest('/api/ready');
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toMatchObject({ ready: true });
});

it('answers 503 with Retry-After and a message a carer can act on when the enquiry cannot be stored, and stores nothing', async () => {
  const before = (await t.payload.count({ collection: 'enquiries', overrideAccess: true })).totalDocs;
  // The database refuses every insert, as when its connection drops: the prototype that owns drizzle's insert also
  // serves the transactions the endpoint opens on PostgreSQL.
  let owner: object = sqlDatabase(t.payload)!.drizzle;
  while (!Object.hasOwn(owner, 'insert')) owner = Object.getPrototypeOf(owner) as object;
  const failingCreate = vi.spyOn(owner as { insert: () => never }, 'insert').mockImplementation(() => {
    throw new Error('Connection terminated unexpectedly');
  });
  try {
    const json = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
    expect(json.status).toBe(503);
    expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await json.json()) as { message: string }).message).toMatch(
      /try again in a minute.*answers are still here/,
    );

    const form = await t.rest('/api/enquiries/submit', postForm(formFields(validEnquiry())));
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('back button');
  } finally {
    failingCreate.mockRestore();
  }
  expect((await t.payload.count({ collection: 'enquiries', overrideAccess: true })).totalDocs).toBe(before);
});
