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
  for (const who of ['admin', 'editor', 'staffordshire', 'dudley'])
    as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
});
afterAll(() => t?.cleanup());

async function submit(overrides: Record<string, unknown> = {}): Promise<{ id: number | string; reference: string }> {
  const response = await t.rest('/api/enquiries/submit', postJson(validEnquiry(overrides)));
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  const { docs } = await t.payload.find({
    collection: 'enquiries',
    where: { reference: { equals: reference } },
    overrideAccess: true,
  });
  return { id: docs[0]!.id, reference };
}

const exportOf = (id: number | string, headers?: Headers) => t.rest(`/api/enquiries/${id}/subject-export`, { headers });
function erase(id: number | string, confirm: unknown, headers?: Headers) {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json');
  return t.rest(`/api/enquiries/${id}/erase`, { method: 'POST', headers: h, body: JSON.stringify({ confirm }) });
}
const logEntries = async (action: string) =>
  (
    await t.payload.find({
      collection: 'data-protection-log',
      where: { action: { equals: action } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs;

describe('who may act on a person’s data', () => {
  it('refuses anonymous visitors (401), editors and partner staff (403), even for their own partner’s enquiry', async () => {
    const { id } = await submit();
    for (const call of [(h?: Headers) => exportOf(id, h), (h?: Headers) => erase(id, 'whatever', h)]) {
      expect((await call()).status).toBe(401);
      for (const who of ['editor', 'dudley', 'staffordshire']) {
        const response = await call(as[who]);
        expect(response.status, who).toBe(403);
        expect(((await response.json()) as { message: string }).message).toMatch(/Only administrators/);
      }
    }
    expect(
      (await t.payload.find({ collection: 'enquiries', where: { id: { equals: id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(1);
    expect(await logEntries('subject-export')).toHaveLength(0);
  });

  it('answers 404 for an enquiry that does not exist', async () => {
    expect((await exportOf(999_999, as.admin)).status).toBe(404);
    expect((await erase(999_999, 'X', as.admin)).status).toBe(404);
    expect((await exportOf('not-an-id', as.admin)).status).toBe(404);
  });
});

describe('subject access export', () => {
  it('downloads everything held about the person, readably, with their other enquiries’ references', async () => {
    const first = await submit({
      contact: { fullName: 'Robin Export', email: 'Robin@Example.com', phone: '01632 960 123', consent: true },
    });
    // A second enquiry on another number (the same person re-sending the same details would be filed only once).
    const second = await submit({
      contact: { fullName: 'Robin Export', email: 'robin@example.com', phone: '07700 900 123', consent: true },
    });
    const stranger = await submit({
      contact: { fullName: 'Other Person', email: 'notrobin@example.com', phone: '01632 960 999', consent: true },
    });
    await t.payload.update({
      collection: 'enquiries',
      id: first.id,
      data: { status: 'contacted', notes: 'Called back, keen to visit.' },
      overrideAccess: true,
    });

    const response = await exportOf(first.id, as.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="personal-data-${first.reference}.json"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, any>;

    expect(body.dataController).toMatchObject({ name: 'Dudley Metropolitan Borough Council', retentionMonths: 36 });
    expect(body.enquiry).toMatchObject({
      reference: first.reference,
      contact: { fullName: 'Robin Export', email: 'Robin@Example.com', phone: '01632 960 123' },
      consent: { given: true, privacyNoticeVersion: '2026-11' },
      status: 'Contacted',
      notes: 'Called back, keen to visit.',
    });
    expect(body.enquiry.consent.givenAt).toBeTruthy();
    expect(body.enquiry.answers).toContainEqual({
      question: 'What is your postcode?',
      answer: expect.stringMatching(/DY1 1AA/i),
    });
    expect(body.enquiry.answers).toContainEqual({ question: 'Are you 21 or over?', answer: 'Yes' });
    expect(body.enquiry.statusHistory.map((h: { status: string }) => h.status)).toEqual(['New', 'Contacted']);
    expect(JSON.stringify(body.enquiry.statusHistory)).not.toMatch(/"by"/);
    expect(body.otherEnquiriesWithSameEmail).toEqual([second.reference]);
    expect(JSON.stringify(body)).not.toContain(stranger.reference);

    const [entry] = await logEntries('subject-export');
    const me = (await (await t.rest('/api/users/me', { headers: as.admin })).json()) as { user: { id: number } };
    expect(entry).toMatchObject({ count: 1, references: [first.reference], performedBy: me.user.id });
    expect(JSON.stringify(entry)).not.toMatch(/Robin|example\.com|01632/);
  });
});

describe('erasure', () => {
  it('deletes nothing when the typed reference does not match', async () => {
    const { id, reference } = await submit();
    for (const confirm of ['DUD-WRONG', '', undefined]) {
      const response = await erase(id, confirm, as.admin);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(reference);
    }
    expect(
      (await t.payload.find({ collection: 'enquiries', where: { id: { equals: id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(1);
    expect(await logEntries('subject-erasure')).toHaveLength(0);
  });

  it('deletes the enquiry and its unsent e-mails (to the team and to the carer), and logs it without personal data', async () => {
    const { id, reference } = await submit({
      contact: { fullName: 'Erin Erase', email: 'erin@example.com', phone: '01632 960 777', consent: true },
    });

    const response = await erase(id, ` ${reference.toLowerCase()} `, as.admin);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reference, cancelledEmails: 2 });

    expect(
      (await t.payload.find({ collection: 'enquiries', where: { id: { equals: id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0);
    const log = await logEntries('subject-erasure');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ count: 1, references: [reference] });
    expect(log[0]!.performedBy).toBeTruthy();
    expect(JSON.stringify(log[0])).not.toMatch(/Erin|example\.com|01632/);
    expect((await exportOf(id, as.admin)).status).toBe(404);
  });
});
