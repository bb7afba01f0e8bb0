import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { formFields, postForm, postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import type { Enquiry, Partner } from '../../src/payload-types.ts';

let t: TestPayload;
const as: Record<string, Headers> = {};
let dudleyEnquiry: Enquiry;
let dudley: Partner;
let staffordshire: Partner;

beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  for (const who of ['admin', 'editor', 'staffordshire', 'dudley'])
    as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
  const sent = (await (
    await t.rest('/api/enquiries/submit', postJson(validEnquiry({ partner: 'dudley' })))
  ).json()) as { reference: string };
  dudleyEnquiry = (
    await t.payload.find({ collection: 'enquiries', where: { reference: { equals: sent.reference } }, depth: 0 })
  ).docs[0]!;
  const partner = async (slug: string) =>
    (await t.payload.find({ collection: 'partners', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!;
  dudley = await partner('dudley');
  staffordshire = await partner('staffordshire');
});
afterAll(() => t.cleanup());

const withJson = (headers?: Headers) => {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json');
  return h;
};
const patch = (collection: string, id: number | string, data: object, headers?: Headers) =>
  t.rest(`/api/${collection}/${id}`, { method: 'PATCH', headers: withJson(headers), body: JSON.stringify(data) });
const stored = () =>
  t.payload.findByID({ collection: 'enquiries', id: dudleyEnquiry.id, depth: 0, showHiddenFields: true });

/** The evidence fields, each with a value someone might like to write over it. */
const rewrites: Array<[string, Record<string, unknown>]> = [
  ['reference', { reference: 'DUD-FORGED-0001' }],
  ['sourceSite', { sourceSite: 'https://elsewhere.example' }],
  ['outcome', { outcome: 'not-eligible' }],
  ['answers', { answers: { postcode: 'B1 1AA', age: 'no' } }],
  ['findings', { findings: [] }],
  ['consent', { consent: { given: true, givenAt: '2020-01-01T00:00:00.000Z', privacyNoticeVersion: '2019-01' } }],
];
const evidenceOf = (enquiry: Enquiry) => ({
  reference: enquiry.reference,
  sourceSite: enquiry.sourceSite,
  outcome: enquiry.outcome,
  answers: enquiry.answers,
  findings: enquiry.findings,
  consent: enquiry.consent,
});

const everyone = [
  ['anonymous', () => undefined],
  ['partner staff of another council', () => as.staffordshire],
  ['partner staff of the enquiry’s council', () => as.dudley],
  ['a marketing editor', () => as.editor],
  ['an admin', () => as.admin],
] as const;

describe.each(everyone)('%s cannot rewrite the evidence', (who, headers) => {
  it.each(rewrites)('%s, over REST: a 4xx and nothing changes', async (field, data) => {
    const before = evidenceOf(await stored());
    const response = await patch('enquiries', dudleyEnquiry.id, { ...data, notes: 'changed along with it' }, headers());
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // Those allowed to work the enquiry are told which field cannot be changed.
    if (who === 'an admin' || who === 'partner staff of the enquiry’s council')
      expect(await response.text()).toContain(field);
    const after = await stored();
    expect(evidenceOf(after)).toEqual(before);
    expect(after.notes ?? null).not.toBe('changed along with it');
  });

  it('over GraphQL: refused and nothing changes', async () => {
    const current = await stored();
    const before = evidenceOf(current);
    // Payload's GraphQL update input requires the consent group, so every GraphQL update sends one.
    for (const data of [
      {
        consent: consentInput(current),
        outcome: 'not_eligible_now',
        reference: 'DUD-FORGED-0002',
        sourceSite: 'https://elsewhere.example',
      },
      { consent: { ...consentInput(current), privacyNoticeVersion: '2019-01' }, notes: 'changed along with it' },
    ]) {
      const result = await updateOverGraphql(data, headers());
      expect(result.errors[0]?.extensions?.statusCode, JSON.stringify(result.errors)).toBeGreaterThanOrEqual(400);
    }
    expect(evidenceOf(await stored())).toEqual(before);
    expect((await stored()).notes ?? null).not.toBe('changed along with it');
  });
});

const consentInput = (enquiry: Enquiry) => ({
  given: enquiry.consent.given,
  givenAt: enquiry.consent.givenAt,
  privacyNoticeVersion: enquiry.consent.privacyNoticeVersion,
});
const updateOverGraphql = (data: Record<string, unknown>, headers?: Headers) =>
  t.graphql(
    'mutation ($id: Int!, $data: mutationEnquiryUpdateInput!) { updateEnquiry(id: $id, data: $data) { reference notes } }',
    {
      variables: { id: dudleyEnquiry.id, data },
      headers,
    },
  );

describe('who may change what on an enquiry', () => {
  it('partner staff change the workflow fields of their own council’s enquiries', async () => {
    const response = await patch(
      'enquiries',
      dudleyEnquiry.id,
      { status: 'contacted', notes: 'Left a voicemail' },
      as.dudley,
    );
    expect(response.status).toBe(200);
    const after = await stored();
    expect(after.status).toBe('contacted');
    expect(after.notes).toBe('Left a voicemail');
    // The same over GraphQL, sending the consent back as it is: the refusals above are not the schema's doing.
    const gql = await updateOverGraphql(
      { consent: consentInput(after), notes: 'Called back, booked a visit' },
      as.dudley,
    );
    expect(gql.errors).toEqual([]);
    expect((await stored()).notes).toBe('Called back, booked a visit');
  });

  it('partner staff cannot change the carer’s details or move the enquiry to another council, and are told so', async () => {
    for (const [field, data] of [
      ['contact', { contact: { fullName: 'Someone Else', email: 'else@example.com', phone: '01632 960 123' } }],
      ['partner', { partner: staffordshire.id }],
    ] as const) {
      const response = await patch('enquiries', dudleyEnquiry.id, data, as.dudley);
      expect(response.status, field).toBe(400);
      expect(await response.text()).toContain(field);
    }
    const after = await stored();
    expect(after.contact).toEqual(dudleyEnquiry.contact);
    expect(after.partner).toBe(dudley.id);
  });

  it('marketing editors read enquiries and change nothing, not even a note', async () => {
    expect((await t.rest(`/api/enquiries/${dudleyEnquiry.id}`, { headers: as.editor })).status).toBe(200);
    expect((await patch('enquiries', dudleyEnquiry.id, { notes: 'An editor was here' }, as.editor)).status).toBe(403);
    const gql = await updateOverGraphql(
      { consent: consentInput(await stored()), notes: 'An editor was here' },
      as.editor,
    );
    expect(gql.errors[0]?.extensions?.statusCode).toBe(403);
    expect((await stored()).notes).not.toBe('An editor was here');
  });

  it('an admin corrects the carer’s details; a save that sends the evidence back unchanged goes through', async () => {
    const current = await stored();
    const response = await patch(
      'enquiries',
      dudleyEnquiry.id,
      { ...evidenceOf(current), contact: { ...current.contact, phone: '01632 960 777' } },
      as.admin,
    );
    expect(response.status).toBe(200);
    expect((await stored()).contact?.phone).toBe('01632 960 777');
  });
});

describe('a partner’s identity is the admin’s', () => {
  it.each([
    ['name', { name: 'Evil Council' }],
    ['shortName', { shortName: 'Evil' }],
    ['slug', { slug: 'evil' }],
  ])('partner staff cannot change %s (REST): 400 naming it, nothing changes', async (field, data) => {
    const response = await patch('partners', dudley.id, { ...data, localOffer: 'changed along with it' }, as.dudley);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(field);
    const after = await t.payload.findByID({ collection: 'partners', id: dudley.id, depth: 0 });
    expect([after.name, after.shortName, after.slug, after.localOffer]).toEqual([
      dudley.name,
      dudley.shortName,
      dudley.slug,
      dudley.localOffer,
    ]);
  });

  it('nor over GraphQL, while the same request without the rename goes through', async () => {
    const current = await t.payload.findByID({ collection: 'partners', id: dudley.id, depth: 0 });
    // Payload's GraphQL update input requires the groups with required fields, sent back as they are.
    const groups = {
      brand: { primaryColour: current.brand.primaryColour, accentColour: current.brand.accentColour },
      coBranding: { agency: current.coBranding.agency, alsoWith: current.coBranding.alsoWith ?? [] },
      contact: {
        phone: current.contact.phone,
        email: current.contact.email,
        opensAt: current.contact.opensAt,
        closesAt: current.contact.closesAt,
      },
      privacy: {
        dataControllerName: current.privacy.dataControllerName,
        noticeVersion: current.privacy.noticeVersion,
        retentionMonths: current.privacy.retentionMonths,
      },
    };
    const update = (data: Record<string, unknown>) =>
      t.graphql(
        'mutation ($id: Int!, $data: mutationPartnerUpdateInput!) { updatePartner(id: $id, data: $data) { name localOffer } }',
        { variables: { id: dudley.id, data }, headers: as.dudley },
      );
    const refused = await update({ ...groups, name: 'Evil Council', shortName: 'Evil' });
    expect(refused.errors[0]?.extensions?.statusCode, JSON.stringify(refused.errors)).toBe(400);
    expect(refused.errors[0]?.message).toContain('name');
    expect((await t.payload.findByID({ collection: 'partners', id: dudley.id, depth: 0 })).name).toBe(dudley.name);
    const allowed = await update({ ...groups, localOffer: 'Support groups every month.' });
    expect(allowed.errors).toEqual([]);
  });

  it('partner staff still keep their local details up to date; an admin renames', async () => {
    expect((await patch('partners', dudley.id, { localOffer: 'Fees from £500 a week.' }, as.dudley)).status).toBe(200);
    expect((await patch('partners', dudley.id, { shortName: 'Dudley MBC' }, as.admin)).status).toBe(200);
    const after = await t.payload.findByID({ collection: 'partners', id: dudley.id, depth: 0 });
    expect([after.localOffer, after.shortName]).toEqual(['Fees from £500 a week.', 'Dudley MBC']);
  });
});

describe('the privacy notice the carer agreed to', () => {
  const count = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;

  it('must be the partner’s current version, or the enquiry is refused with a message saying what to do', async () => {
    const before = await count();
    const response = await t.rest(
      '/api/enquiries/submit',
      postJson(validEnquiry({ partner: 'dudley', privacyNoticeVersion: '2025-01' })),
    );
    expect(response.status).toBe(409);
    const body = (await response.json()) as { message: string; errors: Record<string, string> };
    expect(body.message).toMatch(/privacy notice has changed.*2025-01.*2026-11.*Reload the page/);
    expect(body.errors.privacyNoticeVersion).toContain('2026-11');
    expect(await count()).toBe(before);
  });

  it('the plain form gets a page saying the same', async () => {
    const before = await count();
    const response = await t.rest(
      '/api/enquiries/submit',
      postForm(formFields(validEnquiry({ partner: 'staffordshire', privacyNoticeVersion: '2025-01' }))),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Our privacy notice has changed');
    expect(await count()).toBe(before);
  });

  it('the current version is stored with the consent', async () => {
    const response = await t.rest(
      '/api/enquiries/submit',
      postJson(validEnquiry({ partner: 'dudley', privacyNoticeVersion: dudley.privacy.noticeVersion })),
    );
    expect(response.status).toBe(201);
  });
});
