import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite';
import { authHeaders, runSql, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

/**
 * A partner's site domain is nginx's server name for its site: it follows the one host-name rule the nginx generator
 * checks (@bfp/static-host/host-name), is stored as nginx matches it, and no two partners share one.
 */
let t: TestPayload;
let admin: Headers;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
  admin.set('Content-Type', 'application/json');
});
afterAll(() => t?.cleanup());

const partner = async (slug: string) =>
  (await t.payload.find({ collection: 'partners', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!;
const patch = async (slug: string, data: Record<string, unknown>, headers = admin) =>
  t.rest(`/api/partners/${(await partner(slug)).id}`, { method: 'PATCH', headers, body: JSON.stringify(data) });
async function fieldErrors(response: Response): Promise<Array<{ path: string; message: string; label?: string }>> {
  const body = (await response.json()) as {
    errors: Array<{ data?: { errors: Array<{ path: string; message: string; label?: string }> } }>;
  };
  return body.errors.flatMap((error) => error.data?.errors ?? []);
}
/** Writes a domain as a database from before this rule may hold it, past every check. */
async function storeRaw(slug: string, siteDomain: string) {
  await runSql(t.payload, sql`UPDATE partners SET site_domain = ${siteDomain} WHERE slug = ${slug}`);
}

describe('a partner’s site domain', () => {
  it.each([
    'a..b.gov.uk',
    'https://fostering.dudley.gov.uk',
    'fostering.dudley.gov.uk:8443',
    'fostering.dudley.gov.uk.',
    'fostering',
    'fostering_dudley.gov.uk',
    '-x.gov.uk',
    '10.0.0.1',
    'dudley.gov.uk/fostering',
  ])('refuses %j with a 400 naming the field, and changes nothing', async (siteDomain) => {
    const before = await partner('dudley');
    const response = await patch('dudley', { siteDomain });
    expect(response.status).toBe(400);
    const errors = await fieldErrors(response);
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'siteDomain',
        message: expect.stringMatching(/^Enter a domain name such as fostering\.example\.gov\.uk/),
      }),
    ]);
    expect((await partner('dudley')).siteDomain).toBe(before.siteDomain);
  });

  it('is stored as nginx matches it: lower case, an internationalised name in punycode', async () => {
    expect((await patch('dudley', { siteDomain: '  Fostering.Dudley.GOV.UK ' })).status).toBe(200);
    expect((await partner('dudley')).siteDomain).toBe('fostering.dudley.gov.uk');
    expect((await patch('dudley', { siteDomain: 'pflege.bücher.example' })).status).toBe(200);
    expect((await partner('dudley')).siteDomain).toBe('pflege.xn--bcher-kva.example');
    expect((await patch('dudley', { siteDomain: 'fostering.dudley.gov.uk' })).status).toBe(200);
  });

  it('is refused when another partner has it, in any case, naming the field and that partner', async () => {
    const staffordshire = await partner('staffordshire');
    const response = await patch('dudley', { siteDomain: staffordshire.siteDomain.toUpperCase() });
    expect(response.status).toBe(400);
    expect(await fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'siteDomain',
        message: `Another partner (${staffordshire.name}) already has the site domain ${staffordshire.siteDomain}: each partner needs its own`,
      }),
    ]);
    expect((await partner('dudley')).siteDomain).toBe('fostering.dudley.gov.uk');

    const {
      id: _id,
      slug: _slug,
      createdAt: _c,
      updatedAt: _u,
      ...copy
    } = staffordshire as unknown as Record<string, unknown>;
    const created = await t.rest('/api/partners', {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ ...copy, slug: 'staffs-copy', name: 'A copy' }),
    });
    expect(created.status).toBe(400);
    expect((await fieldErrors(created)).map((error) => error.path)).toContain('siteDomain');
  });

  it('is unique in the database too, for two saves that race past the check', async () => {
    const dudley = await partner('dudley');
    const staffordshire = await partner('staffordshire');
    const raced = t.payload.db.updateOne({
      collection: 'partners',
      id: dudley.id,
      data: { siteDomain: staffordshire.siteDomain },
      req: {} as never,
    });
    await expect(raced).rejects.toThrow();
    expect((await partner('dudley')).siteDomain).toBe('fostering.dudley.gov.uk');
  });

  it('stored before the rule and no longer valid, does not stop partner staff saving their details; an admin must correct it', async () => {
    await storeRaw('dudley', 'Fostering..Dudley.gov.uk');
    try {
      const staff = await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD);
      staff.set('Content-Type', 'application/json');
      const saved = await patch('dudley', { localOffer: 'Fees, training and a local support group.' }, staff);
      expect(saved.status, await saved.clone().text()).toBe(200);
      expect((await patch('dudley', { siteDomain: 'still..wrong.gov.uk' })).status).toBe(400);
      expect((await patch('dudley', { siteDomain: 'fostering.dudley.gov.uk' })).status).toBe(200);
    } finally {
      await storeRaw('dudley', 'fostering.dudley.gov.uk');
    }
  });
});
