import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';

const ENDPOINT = '/api/enquiries/submit';
const DUDLEY_SITE = 'http://dudley.localhost:4999';

let t: TestPayload;
beforeAll(async () => {
  // More submissions than the default 30 per address per window; the limit itself is enquiry-rate-limit.test.ts's.
  t = await startTestPayload({ env: { ENQUIRY_RATE_LIMIT: '200/600' } });
  await seed(t.payload, { demoUsers: true });
});
afterAll(() => t.cleanup());

const enquiryCount = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;

describe('POST /api/enquiries/submit', () => {
  let before = 0;
  beforeEach(async () => {
    before = await enquiryCount();
  });

  it('stores a good time to call when the carer gives one, from either form, and refuses one not on the list', async () => {
    const sent = validEnquiry();
    const json = await t.rest(
      ENDPOINT,
      postJson({ ...sent, contact: { ...(sent.contact as object), callTime: 'evening' } }),
    );
    expect(json.status).toBe(201);
    const { reference } = (await json.json()) as { reference: string };
    const stored = (await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } }))
      .docs[0]!;
    expect(stored.contact?.callTime).toBe('evening');

    const bad = validEnquiry();
    const refused = await t.rest(
      ENDPOINT,
      postJson({ ...bad, contact: { ...(bad.contact as object), callTime: 'midnight' } }),
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: Record<string, string> }).errors['contact.callTime']).toBe(
      'Choose a time from the list, or leave it blank',
    );
    expect(await enquiryCount()).toBe(before + 1);
  });

  it('accepts a valid enquiry with 201 and a reference, and stores partner, answers, outcome and consent', async () => {
    const sent = validEnquiry();
    const response = await t.rest(ENDPOINT, postJson(sent, { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; outcome: string };
    expect(body.reference).toMatch(/^DUDL-[0-9A-Z]{6}$/);
    expect(body.outcome).toBe('likely-eligible');

    const { docs } = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: body.reference } },
      depth: 1,
    });
    const enquiry = docs[0]!;
    expect(typeof enquiry.partner === 'object' && enquiry.partner.slug).toBe('dudley');
    expect(enquiry.sourceSite).toBe(DUDLEY_SITE);
    expect(enquiry.answers).toMatchObject({ postcode: 'DY1 1AA', age: 'yes', pets: 'none' });
    expect(enquiry.outcome).toBe('likely-eligible');
    expect(enquiry.contact).toMatchObject({ fullName: 'Sam Carer', email: sent.contact.email });
    expect(enquiry.consent.given).toBe(true);
    expect(enquiry.consent.privacyNoticeVersion).toBe('2026-11');
    expect(Date.now() - new Date(enquiry.consent.givenAt).getTime()).toBeLessThan(60_000);
    expect(enquiry.status).toBe('new');
    expect(enquiry.statusHistory?.map((change) => change.status)).toEqual(['new']);
    expect(new Date(enquiry.callBackBy!).getTime()).toBeGreaterThan(Date.now());
    expect(await enquiryCount()).toBe(before + 1);
  });

  it('computes the outcome on the server from the answers', async () => {
    const enquiry = validEnquiry();
    const response = await t.rest(ENDPOINT, postJson({ ...enquiry, answers: { ...enquiry.answers, age: 'no' } }));
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
    expect(docs[0]!.outcome).toBe('not-eligible-now');
    expect(docs[0]!.findings).toContainEqual(
      expect.objectContaining({ questionId: 'age', outcome: 'not-eligible-now' }),
    );
  });

  it('rejects a forged outcome as an unknown field and stores nothing', async () => {
    const response = await t.rest(ENDPOINT, postJson(validEnquiry({ outcome: 'likely-eligible' })));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(body.errors.outcome).toBe('"outcome" is not an enquiry field');
    expect(await enquiryCount()).toBe(before);
  });

  it.each([
    [
      'missing consent',
      { contact: { fullName: 'Sam', email: 'sam@example.com', phone: '01632 960 001', consent: false } },
      'contact.consent',
    ],
    [
      'an invalid email',
      { contact: { fullName: 'Sam', email: 'not-an-email', phone: '01632 960 001', consent: true } },
      'contact.email',
    ],
    [
      'an invalid phone',
      { contact: { fullName: 'Sam', email: 'sam@example.com', phone: '999', consent: true } },
      'contact.phone',
    ],
    ['an invalid postcode', { answers: { ...validEnquiry().answers, postcode: 'nowhere' } }, 'answers.postcode'],
    ['a missing answer', { answers: { ...validEnquiry().answers, pets: undefined } }, 'answers.pets'],
    ['an answer of the wrong type', { answers: { ...validEnquiry().answers, age: true } }, 'answers.age'],
    ['an unknown answer', { answers: { ...validEnquiry().answers, religion: 'any' } }, 'answers.religion'],
    ['contact of the wrong type', { contact: 'Sam' }, 'contact.contact'],
    ['no privacy notice version', { privacyNoticeVersion: undefined }, 'privacyNoticeVersion'],
    ['a partner of the wrong type', { partner: 7 }, 'partner'],
  ])('rejects %s with 400 naming %s, and stores nothing', async (_label, overrides, field) => {
    const response = await t.rest(ENDPOINT, postJson(validEnquiry(overrides)));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: Record<string, string> };
    expect(body.errors[field], JSON.stringify(body)).toEqual(expect.any(String));
    expect(await enquiryCount()).toBe(before);
  });

  it('stores HTML in a name as plain text, exactly as typed', async () => {
    const name = '<script>alert(1)</script> Sam';
    const response = await t.rest(
      ENDPOINT,
      postJson(validEnquiry({ contact: { ...validEnquiry().contact, fullName: name } })),
    );
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
    expect(docs[0]!.contact?.fullName).toBe(name);
  });

  it('answers 404 for an unknown partner and for an inactive one', async () => {
    expect((await t.rest(ENDPOINT, postJson(validEnquiry({ partner: 'atlantis' })))).status).toBe(404);
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'staffordshire' } } });
    await t.payload.update({ collection: 'partners', id: docs[0]!.id, data: { active: false } });
    try {
      const response = await t.rest(ENDPOINT, postJson(validEnquiry({ partner: 'staffordshire' })));
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toContain('staffordshire');
    } finally {
      await t.payload.update({ collection: 'partners', id: docs[0]!.id, data: { active: true } });
    }
    expect(await enquiryCount()).toBe(before);
  });

  it('answers 415 to a body that is neither JSON nor a form post, 400 to broken JSON and 413 to an oversize body', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const response = await t.rest(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: 'partner=dudley',
      });
      expect(response.status).toBe(415);
    }
    expect((await t.rest(ENDPOINT, postJson('{"partner":'))).status).toBe(400);
    expect((await t.rest(ENDPOINT, postJson('[1,2]'))).status).toBe(400);
    const huge = validEnquiry({ contact: { ...validEnquiry().contact, fullName: 'x'.repeat(40_000) } });
    expect((await t.rest(ENDPOINT, postJson(huge))).status).toBe(413);
    expect(await enquiryCount()).toBe(before);
  });
});

describe("enquiries on the partnership's own site", () => {
  it.each([
    ['st16 3aa', 'staffordshire', /^STAF-/],
    ['DY1 1AA', 'dudley', /^DUDL-/],
    ['EH1 1YZ', 'big-fostering-partnership', /^BIGF-/],
  ])('attribute postcode %s to %s', async (postcode, slug, reference) => {
    const enquiry = validEnquiry({ partner: 'big-fostering-partnership' });
    const response = await t.rest(
      ENDPOINT,
      postJson(
        { ...enquiry, answers: { ...enquiry.answers, postcode } },
        { Origin: 'http://big-fostering-partnership.localhost:4999' },
      ),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; partner: { name: string } };
    expect(body.reference).toMatch(reference);
    const { docs } = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: body.reference } },
      depth: 1,
    });
    expect(typeof docs[0]!.partner === 'object' && docs[0]!.partner.slug).toBe(slug);
    expect(docs[0]!.sourceSite).toBe('http://big-fostering-partnership.localhost:4999');
    expect(docs[0]!.outcome).toBe('likely-eligible');
  });
});

describe('an honest "not now"', () => {
  it('stores an enquiry that stopped at a ruling-out answer as "keep in touch": no call-back deadline, never overdue', async () => {
    const sent = validEnquiry();
    // Under 21: the checker stopped there, so nothing after it was asked.
    const response = await t.rest(ENDPOINT, postJson({ ...sent, answers: { postcode: 'DY1 1AA', age: 'no' } }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; outcome: string };
    expect(body.outcome).toBe('not-eligible-now');
    const enquiry = (
      await t.payload.find({ collection: 'enquiries', where: { reference: { equals: body.reference } } })
    ).docs[0]!;
    expect(enquiry.status).toBe('keep-in-touch');
    expect(enquiry.callBackBy ?? null).toBeNull();
    expect(enquiry.callBackOverdue).toBe(false);
    expect(enquiry.firstContactAt ?? null).toBeNull();
    expect((enquiry.findings as Array<{ questionId: string }>).map((f) => f.questionId)).toEqual(['postcode', 'age']);
  });

  it('still refuses an enquiry missing an answer before any ruling-out one', async () => {
    const response = await t.rest(
      ENDPOINT,
      postJson({ ...validEnquiry(), answers: { postcode: 'DY1 1AA', bedroom: 'no' } }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string> }).errors).toHaveProperty(['answers.age']);
  });
});

describe("the right council, whichever partner's site an enquiry comes from", () => {
  it.each([
    ['a Staffordshire postcode on Dudley’s site', 'dudley', 'ST16 3AA', 'staffordshire', 'likely-eligible'],
    ['a Dudley postcode on Staffordshire’s site', 'staffordshire', 'DY1 1AA', 'dudley', 'likely-eligible'],
    ['a postcode no council covers, on Dudley’s site', 'dudley', 'EH1 1YZ', 'dudley', 'talk-to-us'],
  ])('%s goes to %s', async (_case, site, postcode, slug, outcome) => {
    const enquiry = validEnquiry({ partner: site });
    const response = await t.rest(ENDPOINT, postJson({ ...enquiry, answers: { ...enquiry.answers, postcode } }));
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const { docs } = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      depth: 1,
    });
    expect(typeof docs[0]!.partner === 'object' && docs[0]!.partner.slug).toBe(slug);
    expect(docs[0]!.outcome).toBe(outcome);
  });
});

describe('CORS on the enquiry endpoint', () => {
  it('allows a partner site origin, on preflight and on the POST', async () => {
    const preflight = await t.rest(ENDPOINT, {
      method: 'OPTIONS',
      headers: {
        Origin: DUDLEY_SITE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DUDLEY_SITE);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    const post = await t.rest(
      ENDPOINT,
      postJson(validEnquiry(), { Origin: 'https://fostering.staffordshire.example.org' }),
    );
    expect(post.headers.get('access-control-allow-origin')).toBe('https://fostering.staffordshire.example.org');
  });

  it('sends no CORS headers to any other origin', async () => {
    for (const origin of ['https://evil.example', 'http://unknown.localhost:4999']) {
      const preflight = await t.rest(ENDPOINT, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const post = await t.rest(ENDPOINT, postJson(validEnquiry(), { Origin: origin }));
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
