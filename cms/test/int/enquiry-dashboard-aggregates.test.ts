import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedUser } from 'payload';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { loadEnquiryStats, readEnquiryStats } from '../../src/collections/Enquiries/dashboard/loadEnquiryStats.ts';
import type { Enquiry } from '../../src/payload-types.ts';

const DAY = 86_400_000;
const now = new Date();
let t: TestPayload;

beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  const partners = (await t.payload.find({ collection: 'partners', depth: 0, pagination: false })).docs;
  const ids = partners.filter((p) => p.kind === 'council').map((p) => p.id);
  const statuses: Enquiry['status'][] = ['new', 'contacted', 'home-visit-booked', 'keep-in-touch', 'application'];
  const sites = [
    'http://dudley.localhost:4999',
    'direct',
    'http://big-fostering-partnership.localhost:4999',
    'https://fostering.dudley.example.org',
  ];
  // 60 enquiries over 16 weeks (some older than the charts), with every kind of figure the dashboard counts.
  for (let n = 0; n < 60; n++) {
    const createdAt = new Date(now.getTime() - ((n * 37) % 112) * DAY - (n % 5) * 3_600_000);
    const enquiry = await t.payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      data: {
        reference: `AGGR-${String(n).padStart(6, '0')}`,
        partner: ids[n % ids.length]!,
        sourceSite: sites[n % sites.length]!,
        outcome: (['likely-eligible', 'talk-to-us', 'not-eligible-now'] as const)[n % 3],
        status: 'new',
        answers: { postcode: 'DY1 1AA' },
        findings: [],
        contact: { fullName: `Carer ${n}`, email: `aggr.${n}@example.com`, phone: '+44 1632 960001' },
        consent: { given: true, givenAt: createdAt.toISOString(), privacyNoticeVersion: '2026-11' },
        callBackBy: n % 7 === 3 ? null : new Date(createdAt.getTime() + (n % 3 ? 1 : 200) * DAY).toISOString(),
        emailNotDelivered: n % 7 === 0,
        createdAt: createdAt.toISOString(),
      },
    });
    const status = statuses[n % statuses.length]!;
    if (status !== 'new') {
      await t.payload.update({
        collection: 'enquiries',
        id: enquiry.id,
        overrideAccess: true,
        data: { status, firstContactAt: new Date(createdAt.getTime() + ((n % 9) - 1) * 3_600_000).toISOString() },
      });
    }
    // Some withdrawn after getting as far as they did: they keep those stages.
    if (n % 10 === 2)
      await t.payload.update({
        collection: 'enquiries',
        id: enquiry.id,
        overrideAccess: true,
        data: { status: 'withdrawn', withdrawalReason: 'AW1' },
      });
  }
}, 300_000);
afterAll(() => t.cleanup());

async function signedIn(email: string): Promise<TypedUser> {
  const { docs } = await t.payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  });
  return { ...docs[0]!, collection: 'users' } as TypedUser;
}

describe('the dashboard counted by the database', () => {
  it.each(['admin@bfp.example', 'editor@bfp.example', 'dudley@bfp.example', 'staffordshire@bfp.example'])(
    'shows %s exactly the figures read enquiry by enquiry',
    async (email) => {
      const user = await signedIn(email);
      const counted = await loadEnquiryStats({ payload: t.payload, user, now });
      const read = await readEnquiryStats({ payload: t.payload, user, now });
      expect(counted).toEqual(read);
      // The data exercises what it compares: several weeks, stages, waits and flags.
      expect(counted!.total).toBeGreaterThan(10);
      expect(counted!.perPartner[0]!.counts.filter(Boolean).length).toBeGreaterThan(3);
      expect(counted!.conversion.filter(({ count }) => count > 0).length).toBeGreaterThan(2);
      expect(counted!.firstContact.medianMs).toBeGreaterThan(0);
      expect(counted!.firstContact.overdueNow).toBeGreaterThan(0);
      expect(counted!.firstContact.emailNotDelivered).toBeGreaterThan(0);
    },
  );
});
