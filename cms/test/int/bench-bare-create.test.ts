import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, validEnquiry } from './fixtures.ts';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { BENCH_BARE_ENQUIRIES } from '../../src/collections/BenchBareEnquiries/index.ts';
import { MIGRATIONS } from '../../src/db.ts';

/**
 * The benchmark's yardstick (BENCH_BARE_CREATE): its table comes from a migration of its own, applied after the
 * committed ones, so a field the enquiry gains later must reach that migration too, or every bare create answers 500
 * and the benchmark measures nothing. Run here as the benchmark runs it: migrated, never pushed.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ migrated: true, env: { BENCH_BARE_CREATE: 'true' } });
  // The migrations the benchmark's CMS applies on start (db.ts), with the yardstick's table last.
  const kind = t.payload.db.name === 'postgres' ? 'postgres' : 'sqlite';
  await t.payload.db.migrate({ migrations: (await MIGRATIONS[kind](true)) as never });
  await seed(t.payload, { demoUsers: false });
});
afterAll(async () => {
  await t?.cleanup();
});

describe('the benchmark’s bare create', () => {
  it('stores the row the submit endpoint would have stored, every field in its migrated table', async () => {
    const submitted = await t.rest('/api/enquiries/submit', postJson(validEnquiry()));
    expect(submitted.status).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    const stored = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    });
    const { id, createdAt, updatedAt, ...row } = stored.docs[0]! as unknown as Record<string, unknown>;
    expect(id).toBeDefined();
    expect(createdAt && updatedAt).toBeTruthy();
    const bare = { ...row, reference: `BARE-${reference}`, idempotencyKey: `bare-${String(row.idempotencyKey)}` };

    const response = await t.rest(`/api/${BENCH_BARE_ENQUIRIES}?depth=0`, postJson(bare));
    expect(response.status, await response.clone().text()).toBe(201);
    const count = await t.payload.count({
      collection: BENCH_BARE_ENQUIRIES as 'enquiries',
      where: { reference: { equals: `BARE-${reference}` } },
      overrideAccess: true,
    });
    expect(count.totalDocs).toBe(1);
  });
});
