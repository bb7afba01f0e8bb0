import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t.cleanup());

const UMBRELLA = 'http://big-fostering-partnership.localhost:4999';
const find = (query: string, referer = `${UMBRELLA}/`) =>
  t.rest(`/api/partners/find?${query}`, { headers: { Referer: referer } });

describe('GET /api/partners/find (the partnership site’s postcode finder)', () => {
  it.each([
    ['DY1 1HF', '/find/to/dudley/'],
    ['st16 3aa', '/find/to/staffordshire/'],
    ['DY10 1AA', '/find/outside/'],
    ['rubbish', '/find/invalid/'],
    ['', '/find/invalid/'],
  ])('routes %j to the partnership site’s page %s', async (postcode, page) => {
    const response = await find(`from=big-fostering-partnership&postcode=${encodeURIComponent(postcode)}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${UMBRELLA}${page}`);
  });

  it('answers at the partnership site’s own domain when the visitor came from there (or from anywhere else)', async () => {
    const response = await find('from=big-fostering-partnership&postcode=DY1+1HF', 'https://evil.example/');
    expect(response.headers.get('location')).toMatch(/^https:\/\/[^/]+\/find\/to\/dudley\/$/);
    expect(response.headers.get('location')).not.toContain('evil');
  });

  it('refuses a "from" that is not the partnership site, naming it', async () => {
    const response = await find('from=dudley&postcode=DY1+1HF');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('&#34;dudley&#34; does not');
  });
});
