import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
});
afterAll(() => t.cleanup());

it('refuses to delete an image that is a partner’s logo, naming the partner, and deletes nothing', async () => {
  const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
  const logo = docs[0]!.logo as number;
  const response = await t.rest(`/api/media/${logo}`, { method: 'DELETE', headers: await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD) });
  expect(response.status).toBe(409);
  expect(JSON.stringify(await response.json())).toContain('Dudley Metropolitan Borough Council');
  expect((await t.payload.count({ collection: 'media', where: { id: { equals: logo } } })).totalDocs).toBe(1);
});
