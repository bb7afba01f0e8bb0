import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.cleanup());

it('creates no demo accounts when demo users are off (as in production)', async () => {
  const report = await seed(t.payload, { demoUsers: false });
  expect(report.created.some((line) => line.startsWith('user '))).toBe(false);
  expect((await t.payload.count({ collection: 'users' })).totalDocs).toBe(0);
  expect((await t.payload.count({ collection: 'partners' })).totalDocs).toBe(4);
});
