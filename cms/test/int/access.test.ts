import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

let t: TestPayload;
const as: Record<string, Headers> = {};
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  for (const partner of ['dudley', 'staffordshire', 'dudley']) {
    await t.rest('/api/enquiries/submit', postJson(validEnquiry({ partner })));
  }
  for (const who of ['admin', 'editor', 'staffordshire', 'dudley']) as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
});
afterAll(() => t.cleanup());

type ListBody = { docs: Array<{ id: number | string; reference: string; partner: { slug: string } | number | string }>; totalDocs: number };

async function listEnquiries(headers?: Headers) {
  const response = await t.rest('/api/enquiries?depth=1&limit=100', { headers });
  return { status: response.status, body: (await response.json()) as ListBody };
}

describe('enquiries hold personal data', () => {
  it('cannot be read anonymously over REST', async () => {
    const { status } = await listEnquiries();
    expect(status).toBe(403);
    const { docs } = await t.payload.find({ collection: 'enquiries', limit: 1 });
    const byId = await t.rest(`/api/enquiries/${docs[0]!.id}`);
    expect(byId.status).toBe(403);
  });

  it('cannot be created through the default REST create, only through /submit', async () => {
    const response = await t.rest('/api/enquiries', postJson({ reference: 'X', partner: 1 }));
    expect(response.status).toBe(403);
  });

  it('are all visible to admins and marketing editors', async () => {
    for (const who of ['admin', 'editor']) {
      const { status, body } = await listEnquiries(as[who]);
      expect(status).toBe(200);
      expect(body.totalDocs).toBe(3);
    }
  });

  it('are visible to partner staff only for their own partner', async () => {
    const dudley = await listEnquiries(as.dudley);
    expect(dudley.body.totalDocs).toBe(2);
    expect(dudley.body.docs.every((d) => typeof d.partner === 'object' && d.partner.slug === 'dudley')).toBe(true);
    const staffs = await listEnquiries(as.staffordshire);
    expect(staffs.body.totalDocs).toBe(1);
  });

  it('of another partner cannot be read or edited by partner staff', async () => {
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { 'partner.slug': { equals: 'staffordshire' } } });
    const id = docs[0]!.id;
    const read = await t.rest(`/api/enquiries/${id}`, { headers: as.dudley });
    expect(read.status).toBe(404);
    const headers = new Headers(as.dudley);
    headers.set('Content-Type', 'application/json');
    const update = await t.rest(`/api/enquiries/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ status: 'contacted' }) });
    // Payload answers 403 for an update its access query excludes; either way nothing changes.
    expect([403, 404]).toContain(update.status);
    expect((await t.payload.findByID({ collection: 'enquiries', id })).status).toBe('new');
  });
});

describe('partners and users', () => {
  it('partner staff cannot edit another partner record', async () => {
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'staffordshire' } } });
    const headers = new Headers(as.dudley);
    headers.set('Content-Type', 'application/json');
    const response = await t.rest(`/api/partners/${docs[0]!.id}`, { method: 'PATCH', headers, body: JSON.stringify({ shortName: 'Hijacked' }) });
    expect(response.status).toBe(403);
    expect((await t.payload.findByID({ collection: 'partners', id: docs[0]!.id })).shortName).toBe('Staffordshire');
  });

  it('a user cannot promote themselves to admin', async () => {
    const me = await t.rest('/api/users/me', { headers: as.editor });
    const { user } = (await me.json()) as { user: { id: number } };
    const headers = new Headers(as.editor);
    headers.set('Content-Type', 'application/json');
    await t.rest(`/api/users/${user.id}`, { method: 'PATCH', headers, body: JSON.stringify({ role: 'admin' }) });
    expect((await t.payload.findByID({ collection: 'users', id: user.id })).role).toBe('editor');
  });

  it('anonymous visitors can read the public content the sites are built from', async () => {
    for (const path of ['/api/partners', '/api/stories', '/api/globals/campaign-copy']) {
      expect((await t.rest(path)).status, path).toBe(200);
    }
    expect((await t.rest('/api/users')).status).toBe(403);
  });
});
