import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { formFields, formValues, parsePage, postForm, postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { addSyntheticPartners } from '../../src/seed/syntheticPartners.ts';

const ENDPOINT = '/api/enquiries/submit';
const DUDLEY_SITE = 'http://dudley.localhost:4999';

let t: TestPayload;
beforeAll(async () => {
  // More enquiries from one address than the limit allows; the rate limit has its own test.
  t = await startTestPayload({ env: { ENQUIRY_RATE_LIMIT: '100000/60' } });
  await seed(t.payload, { demoUsers: false });
});
afterAll(() => t.cleanup());

const enquiryCount = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;
const emailsDue = async () =>
  (
    await t.payload.count({
      collection: 'enquiries',
      where: { 'emails.team': { equals: 'pending' } },
      overrideAccess: true,
    })
  ).totalDocs;

describe('a double click or a retried request files one enquiry', () => {
  it('answers a repeat with the same Idempotency-Key with the first reference, storing and e-mailing once', async () => {
    const before = await enquiryCount();
    const dueBefore = await emailsDue();
    const body = validEnquiry();
    const key = crypto.randomUUID();
    const first = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    const second = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await second.json()) as { reference: string }).reference).toBe(
      ((await first.json()) as { reference: string }).reference,
    );
    expect(await enquiryCount()).toBe(before + 1);
    expect(await emailsDue()).toBe(dueBefore + 1); // one enquiry's e-mails (to the team and the carer) are due, once
  });

  it('files one enquiry when two copies of a submission arrive at the same moment', async () => {
    const before = await enquiryCount();
    const body = validEnquiry();
    const key = crypto.randomUUID();
    const responses = await Promise.all(
      [1, 2, 3].map(() => t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }))),
    );
    const references = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { reference: string }).reference),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(references).size).toBe(1);
    expect(await enquiryCount()).toBe(before + 1);
  });

  it('stores every enquiry of a burst exactly once: 30 carers at the same moment, each sending twice', async () => {
    const before = await enquiryCount();
    const dueBefore = await emailsDue();
    const carers = Array.from({ length: 30 }, (_, i) => ({
      body: validEnquiry(),
      key: crypto.randomUUID(),
      address: `198.51.100.${i + 1}`,
    }));
    const responses = await Promise.all(
      carers.flatMap(({ body, key, address }) =>
        [1, 2].map(() => t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key, 'X-Forwarded-For': address }))),
      ),
    );
    const references = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { reference: string }).reference),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(30);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(30);
    // Each carer's two answers carry one reference, and no two carers share one.
    for (let i = 0; i < 30; i++) expect(references[2 * i + 1]).toBe(references[2 * i]);
    expect(new Set(references).size).toBe(30);
    expect(await enquiryCount()).toBe(before + 30);
    expect(await emailsDue()).toBe(dueBefore + 30);
  });

  it('without a key, treats the same person sending the same answers on the same day as one enquiry', async () => {
    const before = await enquiryCount();
    const body = validEnquiry();
    expect((await t.rest(ENDPOINT, postJson(body))).status).toBe(201);
    expect((await t.rest(ENDPOINT, postJson(body))).status).toBe(200);
    // A different person with the same answers is a different enquiry.
    const other = { ...body, contact: { ...body.contact, email: 'someone.else@example.com' } };
    expect((await t.rest(ENDPOINT, postJson(other))).status).toBe(201);
    expect(await enquiryCount()).toBe(before + 2);
  });

  it('answers a used Idempotency-Key sent with a changed enquiry with 422, storing nothing and leaving the first as it was', async () => {
    const body = validEnquiry();
    const key = crypto.randomUUID();
    const first = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    expect(first.status).toBe(201);
    const { reference } = (await first.json()) as { reference: string };
    const before = await enquiryCount();
    const corrections = [
      { ...body, contact: { ...body.contact, fullName: 'Samantha Carer' } },
      { ...body, contact: { ...body.contact, callTime: 'evening' } },
      { ...body, contact: { ...body.contact, phone: '07700 900 982' } },
      { ...body, answers: { ...body.answers, pets: 'some' } },
    ];
    for (const corrected of corrections) {
      const response = await t.rest(ENDPOINT, postJson(corrected, { 'Idempotency-Key': key }));
      expect(response.status).toBe(422);
      const answer = (await response.json()) as { message: string; errors: Record<string, string> };
      expect(answer.message).toMatch(/already used for a different enquiry/);
      expect(answer.errors.idempotencyKey).toBe('Already used for a different enquiry');
      expect(response.headers.get('Idempotent-Replayed')).toBeNull();
    }
    expect(await enquiryCount()).toBe(before);
    const stored = (
      await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } }, depth: 0 })
    ).docs[0]!;
    expect(stored.contact).toMatchObject({ fullName: body.contact.fullName, callTime: null });
    // The same enquiry again, as sent or with only what the checks tidy away (spaces, the order of the answers).
    const reordered = {
      ...body,
      answers: Object.fromEntries(Object.entries(body.answers).reverse()),
      contact: { ...body.contact, fullName: ` ${body.contact.fullName} ` },
    };
    for (const again of [body, reordered]) {
      const response = await t.rest(ENDPOINT, postJson(again, { 'Idempotency-Key': key }));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { reference: string }).reference).toBe(reference);
    }
  });

  it('compares an enquiry stored before this check with its resend the same way: same content replays, other content is refused', async () => {
    // A row as the endpoint stored it before (the key, no other bookkeeping): written through Payload, not the endpoint.
    const body = validEnquiry({ contact: { ...validEnquiry().contact, callTime: 'morning' } });
    const key = crypto.randomUUID();
    const dudley = (await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 }))
      .docs[0]!;
    const { consent: _consent, ...contact } = body.contact;
    const earlier = await t.payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      data: {
        reference: 'DUDL-EARLY1',
        partner: dudley.id,
        outcome: 'likely-eligible',
        answers: { ...body.answers, postcode: 'DY1 1AA' },
        contact,
        consent: { given: true, givenAt: new Date().toISOString(), privacyNoticeVersion: body.privacyNoticeVersion },
        status: 'new',
        idempotencyKey: `key:dudley:${key}`,
      },
    });
    const same = await t.rest(ENDPOINT, postJson(body, { 'Idempotency-Key': key }));
    expect(same.status).toBe(200);
    expect(((await same.json()) as { reference: string }).reference).toBe(earlier.reference);
    const changed = await t.rest(
      ENDPOINT,
      postJson({ ...body, contact: { ...body.contact, callTime: 'afternoon' } }, { 'Idempotency-Key': key }),
    );
    expect(changed.status).toBe(422);
  });

  it('refuses a malformed Idempotency-Key with 400 and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postJson(validEnquiry(), { 'Idempotency-Key': 'short' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('Idempotency-Key');
    expect(await enquiryCount()).toBe(before);
  });
});

describe('spam', () => {
  it('refuses an enquiry whose hidden honeypot field is filled in, saying so, and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postJson({ ...validEnquiry(), website: 'http://spam.example' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; errors: Record<string, string> };
    expect(body.message).toContain('"website"');
    expect(body.errors.website).toBeTruthy();
    expect(await enquiryCount()).toBe(before);
  });
});

describe('the plain HTML form (JavaScript off)', () => {
  it('answers with the confirmation in the partner’s branding, the reference on screen, never stored by the browser', async () => {
    const before = await enquiryCount();
    const response = await t.rest(ENDPOINT, postForm(formFields(validEnquiry()), { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; style-src 'self' 'sha256-[\w+/=]+'; img-src 'self' data:( http:\/\/localhost:3999)?; form-action 'self'/,
    );
    const page = await parsePage(response);
    expect(page.title).toBe('Your enquiry has been sent | Dudley fostering with the Big Fostering Partnership');
    const reference = page.querySelector('.panel__body strong')!.textContent;
    expect(reference).toMatch(/^DUDL-/);
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
    expect(docs[0]!.outcome).toBe('likely-eligible');
    expect(docs[0]!.sourceSite).toBe(DUDLEY_SITE);
    expect(await enquiryCount()).toBe(before + 1);
    // Dudley's own colours, logo and links back to the site the carer came from.
    const dudley = (await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } } })).docs[0]!;
    expect(page.querySelector('style')!.textContent).toContain(`--brand-primary:${dudley.brand.primaryColour}`);
    expect(page.querySelector('img.site-header__logo')!.getAttribute('src')).toMatch(
      /\/api\/media\/file\/dudley-logo\.svg$/,
    );
    expect(page.querySelector('a.site-header__home')!.getAttribute('href')).toBe(`${DUDLEY_SITE}/`);
    expect(page.querySelector('script')).toBeNull();
    const stylesheet = await t.rest(page.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await stylesheet.text()).toContain('.error-summary');
  });

  it('files the same form sent twice once, and a resend with another time to call (or any other field changed) as the corrected enquiry it is', async () => {
    const before = await enquiryCount();
    const fields = { ...formFields(validEnquiry()), callTime: 'morning' };
    const send = async (sent: Record<string, string>) => {
      const response = await t.rest(ENDPOINT, postForm(sent, { Origin: DUDLEY_SITE }));
      return {
        status: response.status,
        reference: (await parsePage(response)).querySelector('.panel__body strong')?.textContent,
      };
    };
    const first = await send(fields);
    expect(first.status).toBe(201);
    expect(await send(fields)).toEqual({ status: 200, reference: first.reference });
    const corrected = [
      { ...fields, callTime: 'evening' },
      { ...fields, callTime: '' },
      { ...fields, pets: 'some' },
    ];
    for (const sent of corrected) expect((await send(sent)).status).toBe(201);
    expect(await enquiryCount()).toBe(before + 1 + corrected.length);
  });

  it('answers a form with mistakes with the form again: only what is wrong is marked, every answer is kept, nothing is stored', async () => {
    const before = await enquiryCount();
    const fields = { ...formFields(validEnquiry()), email: 'not-an-email', callTime: 'evening' };
    const response = await t.rest(ENDPOINT, postForm(fields, { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await parsePage(response);
    expect(page.title).toMatch(/^Error: /);
    const summary = [...page.querySelectorAll('.error-summary__list a')].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(summary).toEqual([['#plain-email', expect.stringContaining('email address')]]);
    expect(page.querySelectorAll('.form-group--error')).toHaveLength(1);
    expect(page.querySelector('#plain-email')!.getAttribute('aria-invalid')).toBe('true');
    // Everything as sent (the honeypot was sent empty), and the site it belongs to.
    expect(formValues(page.querySelector('#plain-form'))).toEqual({ ...fields, siteOrigin: DUDLEY_SITE });
    expect(page.querySelector('#plain-form')!.getAttribute('action')).toBe(ENDPOINT);
    expect(await enquiryCount()).toBe(before);

    // Corrected and sent from the CMS's own page (its Origin is the CMS): filed as from Dudley's site.
    const corrected = { ...formValues(page.querySelector('#plain-form')), email: `fixed.${Date.now()}@example.com` };
    const second = await t.rest(ENDPOINT, postForm(corrected, { Origin: 'http://localhost:3999' }));
    expect(second.status).toBe(201);
    const reference = (await parsePage(second)).querySelector('.panel__body strong')!.textContent;
    const { docs } = await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } });
    expect(docs[0]!.sourceSite).toBe(DUDLEY_SITE);
    expect(docs[0]!.contact?.callTime).toBe('evening');
  });

  it('shows what a carer typed as text, never as markup', async () => {
    const fields = { ...formFields(validEnquiry()), fullName: '<script>alert(1)</script>"><img src=x>', email: 'bad' };
    const response = await t.rest(ENDPOINT, postForm(fields, { Origin: DUDLEY_SITE }));
    expect(response.status).toBe(400);
    const page = await parsePage(response);
    expect(page.querySelectorAll('script, img:not(.site-header__logo)')).toHaveLength(0);
    expect(page.querySelector<HTMLInputElement>('#plain-fullName')!.value).toBe(fields.fullName);
  });

  it('never links anywhere but the partner’s own site, whatever Origin, Referer or the form claim', async () => {
    const claims: Array<[Record<string, string>, Record<string, string>]> = [
      [{ Origin: 'https://evil.example' }, {}],
      [{ Referer: 'https://evil.example/check/' }, {}],
      [{ Origin: 'http://staffordshire.localhost:4999' }, {}],
      [{}, { siteOrigin: 'https://evil.example' }],
      [{}, {}],
    ];
    for (const [headers, extra] of claims) {
      const response = await t.rest(ENDPOINT, postForm({ ...formFields(validEnquiry()), ...extra }, headers));
      expect(response.status).toBe(201);
      const page = await parsePage(response);
      const links = [...page.querySelectorAll('a[href^="http"]')].map((a) => new URL(a.getAttribute('href')!).origin);
      expect(new Set(links)).toEqual(new Set(['https://fostering.dudley.example.org']));
    }
  });

  it('answers an unknown partner with a 404 page rather than a redirect, and stores nothing', async () => {
    const before = await enquiryCount();
    const response = await t.rest(
      ENDPOINT,
      postForm({ ...formFields(validEnquiry()), partner: 'https://evil.example' }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('We could not find that fostering service');
    expect(await enquiryCount()).toBe(before);
  });

  it('refuses fields the form does not have, and a field sent twice', async () => {
    const before = await enquiryCount();
    const extra = await t.rest(
      ENDPOINT,
      postForm({ ...formFields(validEnquiry()), outcome: 'likely-eligible' }, { Origin: DUDLEY_SITE }),
    );
    expect(extra.status).toBe(400);
    expect((await parsePage(extra)).querySelector('.error-summary__list')!.textContent).toContain(
      '"outcome" is not an enquiry field',
    );
    const body = new URLSearchParams(formFields(validEnquiry()));
    body.append('age', 'no');
    const twice = await t.rest(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: DUDLEY_SITE },
      body: body.toString(),
    });
    expect(twice.status).toBe(400);
    expect((await parsePage(twice)).querySelector('.error-summary__list a[href="#plain-age-0"]')!.textContent).toBe(
      'Sent more than once',
    );
    expect(await enquiryCount()).toBe(before);
  });
});

describe('the partners the endpoint answers from (kept between requests)', () => {
  it('sees a new partner, a changed privacy notice and a deactivated partner at once', async () => {
    // The list is read and kept by this first enquiry.
    expect((await t.rest(ENDPOINT, postJson(validEnquiry()))).status).toBe(201);
    const [slug] = await addSyntheticPartners(t.payload, 1);
    expect(slug).toBe('amberford-0');
    const created = await t.rest(ENDPOINT, postJson(validEnquiry({ partner: slug })));
    expect(created.status).toBe(201);
    const { reference } = (await created.json()) as { reference: string };
    const stored = await t.payload.find({
      collection: 'enquiries',
      where: { reference: { equals: reference } },
      depth: 1,
    });
    expect((stored.docs[0]!.partner as { slug: string }).slug).toBe(slug);

    const partner = (await t.payload.find({ collection: 'partners', where: { slug: { equals: slug } } })).docs[0]!;
    await t.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { privacy: { ...partner.privacy, noticeVersion: '2027-01' } },
      context: { disableRebuild: true },
    });
    expect((await t.rest(ENDPOINT, postJson(validEnquiry({ partner: slug })))).status).toBe(409);
    expect(
      (await t.rest(ENDPOINT, postJson(validEnquiry({ partner: slug, privacyNoticeVersion: '2027-01' })))).status,
    ).toBe(201);

    await t.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { active: false },
      context: { disableRebuild: true },
    });
    const refused = await t.rest(ENDPOINT, postJson(validEnquiry({ partner: slug, privacyNoticeVersion: '2027-01' })));
    expect(refused.status).toBe(404);
  });
});
