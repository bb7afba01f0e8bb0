import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { CSV_PAGE_SIZE } from '../../src/collections/Enquiries/csv/exportCsv.ts';

// More than two pages' worth, so the download crosses page boundaries twice.
const COUNT = CSV_PAGE_SIZE * 2 + 7;

let t: TestPayload;
let partnerId: number;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  partnerId = (await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } } })).docs[0]!.id;
  // Ten at a time, the size of the adapter's connection pool: fifty at once waited for a connection past its timeout
  // on PostgreSQL on a loaded machine.
  for (let start = 0; start < COUNT; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, COUNT - start) }, (_, i) => {
        const n = String(start + i).padStart(6, '0');
        return t.payload.create({
          collection: 'enquiries',
          overrideAccess: true,
          data: {
            reference: `DUDL-P${n}`,
            partner: partnerId,
            sourceSite: 'direct',
            outcome: 'likely-eligible',
            status: 'new',
            answers: { postcode: 'DY1 1AA', age: 'yes' },
            findings: [],
            contact: { fullName: `Carer ${n}`, email: `carer.${n}@example.com`, phone: '+44 1632 960001' },
            consent: { given: true, givenAt: new Date().toISOString(), privacyNoticeVersion: '2026-11' },
          },
        });
      }),
    );
  }
}, 300_000);
afterAll(() => t.cleanup());

describe('the CSV export of many enquiries', () => {
  it('streams every enquiry exactly once, newest first, across pages', async () => {
    const response = await t.rest('/api/enquiries/export.csv', {
      headers: await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const references = lines.slice(1).map((line) => line.split(',')[0]!);
    const ours = references.filter((reference) => reference.startsWith('DUDL-P'));
    expect(ours).toHaveLength(COUNT);
    expect(new Set(ours).size).toBe(COUNT);
    // Newest first: the order the rows were stored in (the creates ran 50 at a time, so not the references' order).
    const stored = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { like: 'DUDL-P' } },
      sort: '-id',
      pagination: false,
      depth: 0,
    });
    expect(ours).toEqual(stored.docs.map((doc) => doc.reference));
  }, 120_000);
});
