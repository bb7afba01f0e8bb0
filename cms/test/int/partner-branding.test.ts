import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

let t: TestPayload;
let admin: Headers;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
  admin.set('Content-Type', 'application/json');
});
afterAll(() => t.cleanup());

async function dudley() {
  return (await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } } })).docs[0]!;
}

it('refuses brand colours that fail WCAG 2.2 AA, naming the pair, the shortfall and a passing shade, and changes nothing', async () => {
  const before = await dudley();
  const response = await t.rest(`/api/partners/${before.id}`, {
    method: 'PATCH',
    headers: admin,
    body: JSON.stringify({ brand: { primaryColour: '#ffcc00', accentColour: '#2e8540' } }),
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }>;
  };
  const fieldErrors = body.errors[0]!.data.errors;
  const primary = fieldErrors.find((e) => e.path === 'brand.primaryColour')!;
  expect(primary.message).toMatch(
    /White text on the primary colour \(header and buttons\) has contrast 1\.\d+:1, short of the 4\.5:1/,
  );
  expect(primary.message).toMatch(/The nearest passing shade is #[0-9a-f]{6}\./);
  const accent = fieldErrors.find((e) => e.path === 'brand.accentColour')!;
  expect(accent.message).toContain('Page text on the accent colour');
  expect((await dudley()).brand).toEqual(before.brand);
});

it('accepts the shade it suggested', async () => {
  const before = await dudley();
  const patch = (primaryColour: string) =>
    t.rest(`/api/partners/${before.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ brand: { primaryColour, accentColour: '#85c79a' } }),
    });
  const refused = (await (await patch('#ffcc00')).json()) as {
    errors: Array<{ data: { errors: Array<{ message: string }> } }>;
  };
  const suggestion = /nearest passing shade is (#[0-9a-f]{6})/.exec(refused.errors[0]!.data.errors[0]!.message)![1]!;
  expect((await patch(suggestion)).status).toBe(200);
  expect((await dudley()).brand.primaryColour).toBe(suggestion);
});
