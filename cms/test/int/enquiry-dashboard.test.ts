import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedUser } from 'payload';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { loadEnquiryStats } from '../../src/collections/Enquiries/dashboard/loadEnquiryStats.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  for (const partner of ['dudley', 'dudley', 'staffordshire']) {
    const response = await t.rest(
      '/api/enquiries/submit',
      postJson(
        validEnquiry({
          partner,
          answers: { ...validEnquiry().answers, postcode: partner === 'dudley' ? 'DY1 1AA' : 'ST16 2AA' },
        }),
      ),
    );
    expect(response.status).toBe(201);
  }
  // Made on the umbrella site, filed under Dudley because of the postcode: per site and per partner differ.
  const umbrella = await t.rest(
    '/api/enquiries/submit',
    postJson(validEnquiry({ partner: 'big-fostering-partnership' }), {
      Origin: 'http://big-fostering-partnership.localhost:4999',
    }),
  );
  expect(umbrella.status).toBe(201);
});
afterAll(() => t.cleanup());

/** The signed-in user as the admin view receives it (the `collection` marker comes from authentication). */
async function signedIn(email: string): Promise<TypedUser> {
  const { docs } = await t.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  });
  return { ...docs[0]!, collection: 'users' } as TypedUser;
}

describe('the enquiry dashboard’s data', () => {
  it('covers every partner for a marketing editor', async () => {
    const stats = (await loadEnquiryStats({ payload: t.payload, user: await signedIn('editor@bfp.example') }))!;
    expect(stats.total).toBe(4);
    expect(Object.fromEntries(stats.perPartner.map((row) => [row.label, row.total]))).toEqual({
      'Dudley Metropolitan Borough Council': 3,
      'Staffordshire County Council': 1,
    });
    expect(stats.perSite.map((row) => [row.label, row.total])).toEqual([
      ['Direct (no site)', 3],
      ['big-fostering-partnership.localhost:4999', 1],
    ]);
    expect(stats.conversion[0]!.count).toBe(4);
  });

  it('covers only their own partner for partner staff, with no other partner named', async () => {
    const dudley = (await loadEnquiryStats({ payload: t.payload, user: await signedIn('dudley@bfp.example') }))!;
    expect(dudley.total).toBe(3);
    expect(dudley.perPartner.map((row) => row.label)).toEqual(['Dudley Metropolitan Borough Council']);
    expect(dudley.outcomes.reduce((sum, { count }) => sum + count, 0)).toBe(3);

    const staffs = (await loadEnquiryStats({ payload: t.payload, user: await signedIn('staffordshire@bfp.example') }))!;
    expect(staffs.total).toBe(1);
    expect(staffs.perPartner.map((row) => row.label)).toEqual(['Staffordshire County Council']);
    expect(staffs.perSite.map((row) => row.total)).toEqual([1]);
  });

  it('follows the enquiries through their stages', async () => {
    const { docs } = await t.payload.find({
      collection: 'enquiries',
      where: { 'partner.slug': { equals: 'staffordshire' } },
      limit: 1,
    });
    const id = docs[0]!.id;
    await t.payload.update({ collection: 'enquiries', id, data: { status: 'contacted' } });
    await t.payload.update({ collection: 'enquiries', id, data: { status: 'withdrawn', withdrawalReason: 'AW1' } });
    const stats = (await loadEnquiryStats({ payload: t.payload, user: await signedIn('staffordshire@bfp.example') }))!;
    expect(stats.conversion.map(({ count }) => count)).toEqual([1, 1, 0, 0, 0]);
    expect(stats.firstContact.contacted).toBe(1);
    expect(stats.firstContact.medianMs).not.toBeNull();
  });

  it('is nothing for a visitor who is not signed in', async () => {
    expect(await loadEnquiryStats({ payload: t.payload, user: null })).toBeNull();
  });
});
