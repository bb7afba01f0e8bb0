import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';

/**
 * Outside production Payload's first-register is left as it is: `npm start` seeds its demo users, so it is never
 * offered there, and an empty test or development database can still be opened from the admin's own form.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t?.cleanup());

const register = (email: string) =>
  t.rest('/api/users/first-register', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'a-long-first-password-1', role: 'admin' }),
  });

it('lets the first user of an empty database outside production register, and nobody after', async () => {
  expect((await register('first@bfp.example')).status).toBe(200);
  expect((await register('second@bfp.example')).status).toBe(403);
  expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1);
});
