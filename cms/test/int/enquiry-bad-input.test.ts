import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_MESSAGES, QUESTION_IDS, questions } from '@bfp/eligibility';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { formFields, parsePage, postForm, validEnquiry } from './fixtures.ts';

/**
 * The bad-input corpus: every way we could think of to send the enquiry endpoint something wrong. Each must get a
 * 4xx that names the problem, and none may store anything or fail with a 5xx.
 */

let t: TestPayload;
beforeAll(async () => {
  // The corpus is hundreds of requests from one address; the rate limit has its own test.
  t = await startTestPayload({ env: { ENQUIRY_RATE_LIMIT: '100000/60' } });
  await seed(t.payload, { demoUsers: false });
  const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'staffordshire' } } });
  await t.payload.create({
    collection: 'partners',
    data: {
      ...docs[0]!,
      id: undefined,
      slug: 'inactive-council',
      name: 'Inactive Council',
      shortName: 'Inactive',
      siteDomain: 'inactive.example.org',
      active: false,
    } as never,
    context: { disableRebuild: true },
  });
});
afterAll(() => t.cleanup());

const ENDPOINT = '/api/enquiries/submit';

interface Case {
  name: string;
  /** A JSON-able body (sent as JSON), or raw text with its own content type. */
  body?: unknown;
  raw?: { text: string; type?: string };
  headers?: Record<string, string>;
  /** The field the response must name (a key of `errors`), when the problem is a field. */
  field?: string;
}

const valid = () => validEnquiry();
const withAnswers = (answers: Record<string, unknown>) => {
  const base = valid();
  return { ...base, answers: { ...base.answers, ...answers } };
};
const withoutAnswer = (id: string) => {
  const base = valid();
  const { [id]: _dropped, ...answers } = base.answers as Record<string, unknown>;
  return { ...base, answers };
};
const withContact = (contact: Record<string, unknown>) => {
  const base = valid();
  return { ...base, contact: { ...base.contact, ...contact } };
};
const without = (key: string) => {
  const { [key]: _dropped, ...rest } = valid() as Record<string, unknown>;
  return rest;
};

const XSS = '<script>alert(1)</script>';
/** C0's ends and the ones most often pasted by accident, with DEL. */
const CONTROLS = [
  ['NUL', '\u0000'],
  ['a tab', '\t'],
  ['a line feed', '\n'],
  ['a carriage return', '\r'],
  ['an escape', '\u001b'],
  ['U+001F', '\u001f'],
  ['DEL', '\u007f'],
] as const;
const choiceQuestions = questions.filter((q) => q.kind === 'choice');

const cases: Case[] = [
  // How it is sent
  { name: 'no content type', raw: { text: JSON.stringify(valid()), type: '' } },
  { name: 'text/plain', raw: { text: JSON.stringify(valid()), type: 'text/plain' } },
  { name: 'multipart form data', raw: { text: '--x\r\n\r\n', type: 'multipart/form-data; boundary=x' } },
  { name: 'XML', raw: { text: '<enquiry/>', type: 'application/xml' } },
  { name: 'a JSON look-alike type', raw: { text: JSON.stringify(valid()), type: 'application/json-seq' } },
  { name: 'an empty body', raw: { text: '', type: 'application/json' } },
  { name: 'truncated JSON', raw: { text: '{"partner":"dudley",', type: 'application/json' } },
  { name: 'JSON with a trailing comma', raw: { text: '{"partner":"dudley",}', type: 'application/json' } },
  { name: 'a JSON array', body: [valid()] },
  { name: 'a JSON string', body: 'enquiry' },
  { name: 'a JSON number', body: 42 },
  { name: 'JSON null', body: null },
  { name: 'JSON true', body: true },
  {
    name: 'a declared size over 32 KB',
    raw: { text: JSON.stringify(valid()), type: 'application/json' },
    headers: { 'Content-Length': String(64 * 1024) },
  },
  { name: 'an actual body over 32 KB', body: withContact({ fullName: 'x'.repeat(33 * 1024) }) },
  { name: 'a huge unknown field', body: { ...valid(), padding: 'p'.repeat(40 * 1024) } },
  // The envelope
  { name: 'no partner', body: without('partner'), field: 'partner' },
  { name: 'an empty partner', body: { ...valid(), partner: '' }, field: 'partner' },
  { name: 'a numeric partner', body: { ...valid(), partner: 7 }, field: 'partner' },
  { name: 'a partner array', body: { ...valid(), partner: ['dudley'] }, field: 'partner' },
  { name: 'a partner object', body: { ...valid(), partner: { slug: 'dudley' } }, field: 'partner' },
  { name: 'an unknown partner', body: { ...valid(), partner: 'atlantis' }, field: 'partner' },
  { name: 'an inactive partner', body: { ...valid(), partner: 'inactive-council' }, field: 'partner' },
  { name: 'a partner with script in it', body: { ...valid(), partner: XSS }, field: 'partner' },
  { name: 'a partner that is a URL', body: { ...valid(), partner: 'https://evil.example' }, field: 'partner' },
  { name: 'no privacy notice version', body: without('privacyNoticeVersion'), field: 'privacyNoticeVersion' },
  {
    name: 'a numeric privacy notice version',
    body: { ...valid(), privacyNoticeVersion: 2026 },
    field: 'privacyNoticeVersion',
  },
  {
    name: 'an over-long privacy notice version',
    body: { ...valid(), privacyNoticeVersion: 'v'.repeat(41) },
    field: 'privacyNoticeVersion',
  },
  {
    name: 'script as the privacy notice version',
    body: { ...valid(), privacyNoticeVersion: XSS },
    field: 'privacyNoticeVersion',
  },
  { name: 'no answers', body: without('answers'), field: 'answers' },
  { name: 'answers as null', body: { ...valid(), answers: null }, field: 'answers.answers' },
  { name: 'answers as an array', body: { ...valid(), answers: ['yes'] }, field: 'answers.answers' },
  { name: 'answers as a string', body: { ...valid(), answers: 'yes' }, field: 'answers.answers' },
  { name: 'no contact', body: without('contact'), field: 'contact' },
  { name: 'contact as null', body: { ...valid(), contact: null }, field: 'contact.contact' },
  { name: 'contact as an array', body: { ...valid(), contact: [] }, field: 'contact.contact' },
  { name: 'contact as a string', body: { ...valid(), contact: 'Sam' }, field: 'contact.contact' },
  // Fields the browser must never set: the server decides these
  ...[
    'outcome',
    'eligible',
    'status',
    'reference',
    'id',
    'createdAt',
    'sourceSite',
    'idempotencyKey',
    'consent',
    'findings',
  ].map((key) => ({
    name: `a forged "${key}"`,
    body: { ...valid(), [key]: key === 'eligible' ? true : 'likely-eligible' },
    field: key,
  })),
  // Every question: missing, the wrong type, an answer it does not offer
  ...QUESTION_IDS.map((id) => ({ name: `no answer to ${id}`, body: withoutAnswer(id), field: `answers.${id}` })),
  ...QUESTION_IDS.map((id) => ({
    name: `a number as the answer to ${id}`,
    body: withAnswers({ [id]: 1 }),
    field: `answers.${id}`,
  })),
  ...choiceQuestions.map((q) => ({
    name: `an answer ${q.id} does not offer`,
    body: withAnswers({ [q.id]: 'maybe' }),
    field: `answers.${q.id}`,
  })),
  ...choiceQuestions.map((q) => ({
    name: `script as the answer to ${q.id}`,
    body: withAnswers({ [q.id]: XSS }),
    field: `answers.${q.id}`,
  })),
  { name: 'an answer as an array', body: withAnswers({ age: ['yes'] }), field: 'answers.age' },
  { name: 'an answer as an object', body: withAnswers({ age: { value: 'yes' } }), field: 'answers.age' },
  { name: 'an answer as null', body: withAnswers({ age: null }), field: 'answers.age' },
  { name: 'an answer as a boolean', body: withAnswers({ smoking: false }), field: 'answers.smoking' },
  { name: 'an unknown question', body: withAnswers({ religion: 'none' }), field: 'answers.religion' },
  {
    name: 'an answer to a health question we never ask',
    body: withAnswers({ health: 'good' }),
    field: 'answers.health',
  },
  // Postcodes
  ...['nowhere', '12345', 'SW', 'ST16 3AAA', 'ZZZ 999', ' ', XSS, 'S'.repeat(300), 'ST16\u00003AA'].map((postcode) => ({
    name: `the postcode ${JSON.stringify(postcode.slice(0, 20))}`,
    body: withAnswers({ postcode }),
    field: 'answers.postcode',
  })),
  // Contact details
  { name: 'no full name', body: withContact({ fullName: undefined }), field: 'contact.fullName' },
  { name: 'an empty full name', body: withContact({ fullName: '' }), field: 'contact.fullName' },
  { name: 'a blank full name', body: withContact({ fullName: '   ' }), field: 'contact.fullName' },
  { name: 'a numeric full name', body: withContact({ fullName: 12 }), field: 'contact.fullName' },
  {
    name: 'a full name over 100 characters',
    body: withContact({ fullName: 'n'.repeat(101) }),
    field: 'contact.fullName',
  },
  { name: 'a full name as an array', body: withContact({ fullName: ['Sam'] }), field: 'contact.fullName' },
  ...[
    '',
    'sam',
    'sam@',
    '@example.com',
    'sam@example',
    'sam @example.com',
    'sam@@example.com',
    `${'e'.repeat(250)}@example.com`,
    `${XSS}@example.com`,
    'sam@exa mple.com',
  ].map((email) => ({
    name: `the e-mail address ${JSON.stringify(email.slice(0, 24))}`,
    body: withContact({ email }),
    field: 'contact.email',
  })),
  { name: 'a numeric e-mail address', body: withContact({ email: 5 }), field: 'contact.email' },
  ...[
    '',
    '123',
    'call me',
    '01632',
    '016329600012',
    '+1 202 555 0143',
    '1632 960 001',
    '07700 900 98x',
    '0'.repeat(25),
    XSS,
  ].map((phone) => ({
    name: `the phone number ${JSON.stringify(phone.slice(0, 24))}`,
    body: withContact({ phone }),
    field: 'contact.phone',
  })),
  { name: 'a numeric phone number', body: withContact({ phone: 1632960001 }), field: 'contact.phone' },
  // Control characters: a NUL in a name was stored on SQLite and refused by PostgreSQL on every retry (a 503 for ever).
  ...(['fullName', 'email', 'phone'] as const).flatMap((field) =>
    CONTROLS.map(([label, control]) => ({
      name: `${label} in ${field}`,
      body: withContact({
        [field]: field === 'fullName' ? `Sam${control}Carer` : `${String(valid().contact[field])}${control}`,
      }),
      field: `contact.${field}`,
    })),
  ),
  { name: 'a tab in the postcode', body: withAnswers({ postcode: 'ST16\t3AA' }), field: 'answers.postcode' },
  { name: 'no consent', body: withContact({ consent: undefined }), field: 'contact.consent' },
  { name: 'consent refused', body: withContact({ consent: false }), field: 'contact.consent' },
  { name: 'consent as "yes"', body: withContact({ consent: 'yes' }), field: 'contact.consent' },
  { name: 'consent as "true"', body: withContact({ consent: 'true' }), field: 'contact.consent' },
  { name: 'consent as 1', body: withContact({ consent: 1 }), field: 'contact.consent' },
  { name: 'an unknown contact field', body: withContact({ address: '1 High Street' }), field: 'contact.address' },
  {
    name: 'a date of birth we never ask for',
    body: withContact({ dateOfBirth: '1980-01-01' }),
    field: 'contact.dateOfBirth',
  },
  // Spam and replay protection
  { name: 'a filled-in honeypot', body: { ...valid(), website: 'https://cheap-pills.example' }, field: 'website' },
  { name: 'a honeypot of the wrong type', body: { ...valid(), website: 1 }, field: 'website' },
  { name: 'a short Idempotency-Key', body: valid(), headers: { 'Idempotency-Key': 'abc' }, field: 'idempotencyKey' },
  {
    name: 'an Idempotency-Key with spaces',
    body: valid(),
    headers: { 'Idempotency-Key': 'this key has spaces in it' },
    field: 'idempotencyKey',
  },
  {
    name: 'an over-long Idempotency-Key',
    body: valid(),
    headers: { 'Idempotency-Key': 'k'.repeat(101) },
    field: 'idempotencyKey',
  },
  {
    name: 'an Idempotency-Key carrying markup',
    body: valid(),
    headers: { 'Idempotency-Key': `${XSS}-padding-padding` },
    field: 'idempotencyKey',
  },
];

const formCases: Array<{ name: string; fields: Record<string, string> }> = [
  { name: 'no consent', fields: (({ consent: _c, ...rest }) => rest)(formFields(valid())) },
  { name: 'an invalid e-mail', fields: { ...formFields(valid()), email: 'nope' } },
  { name: 'an invalid phone', fields: { ...formFields(valid()), phone: '12' } },
  { name: 'an invalid postcode', fields: { ...formFields(valid()), postcode: 'nowhere' } },
  { name: 'a missing answer', fields: (({ age: _a, ...rest }) => rest)(formFields(valid())) },
  { name: 'an answer not offered', fields: { ...formFields(valid()), pets: 'tiger' } },
  { name: 'a forged outcome', fields: { ...formFields(valid()), outcome: 'likely-eligible' } },
  { name: 'a filled honeypot', fields: { ...formFields(valid()), website: 'spam' } },
  { name: 'script in the postcode', fields: { ...formFields(valid()), postcode: XSS } },
  { name: 'no privacy notice version', fields: (({ privacyNoticeVersion: _p, ...rest }) => rest)(formFields(valid())) },
  { name: 'a NUL in the full name', fields: { ...formFields(valid()), fullName: 'Sam\u0000Carer' } },
];

const enquiryCount = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs;

function requestFor(c: Case): RequestInit {
  const headers: Record<string, string> = { ...c.headers };
  if (c.raw) {
    if (c.raw.type) headers['Content-Type'] = c.raw.type;
    return { method: 'POST', headers, body: c.raw.text };
  }
  headers['Content-Type'] = 'application/json';
  return { method: 'POST', headers, body: JSON.stringify(c.body) };
}

describe('the bad-input corpus', () => {
  it('holds at least 100 cases', () => {
    expect(cases.length + formCases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    'refuses %s with a 4xx naming the problem, storing nothing',
    async (_name, c) => {
      const before = await enquiryCount();
      const response = await t.rest(ENDPOINT, requestFor(c));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { message?: string; errors?: Record<string, string> };
      expect(body.message?.length).toBeGreaterThan(0);
      if (c.field) expect(Object.keys(body.errors ?? {})).toContain(c.field);
      expect(await enquiryCount()).toBe(before);
    },
  );

  it.each(formCases.map((c) => [c.name, c] as const))(
    'answers a plain form with %s with a 400 page naming the problem, storing nothing',
    async (_name, c) => {
      const before = await enquiryCount();
      const response = await t.rest(ENDPOINT, postForm(c.fields, { Origin: 'http://dudley.localhost:4999' }));
      expect(response.status).toBe(400);
      const page = await parsePage(response);
      expect(page.querySelector('.error-summary__title')!.textContent).toBe('There is a problem');
      expect(page.querySelectorAll('.error-summary__list li').length).toBeGreaterThan(0);
      expect(page.querySelector('script')).toBeNull();
      expect(await enquiryCount()).toBe(before);
    },
  );

  it('names the field and the problem for a control character, in JSON and on the plain form', async () => {
    const json = await t.rest(ENDPOINT, requestFor({ name: 'nul', body: withContact({ fullName: 'Sam\u0000Carer' }) }));
    expect(json.status).toBe(400);
    expect(((await json.json()) as { errors: Record<string, string> }).errors['contact.fullName']).toBe(
      CONTACT_MESSAGES.fullName.controlCharacter,
    );
    const form = await t.rest(
      ENDPOINT,
      postForm({ ...formFields(valid()), fullName: 'Sam\u0000Carer' }, { Origin: 'http://dudley.localhost:4999' }),
    );
    expect(form.status).toBe(400);
    const page = await parsePage(form);
    expect(page.querySelector('.error-summary__list')!.textContent).toContain(
      CONTACT_MESSAGES.fullName.controlCharacter,
    );
  });

  it('still accepts a good enquiry afterwards (the corpus did not break the endpoint)', async () => {
    const response = await t.rest(ENDPOINT, requestFor({ name: 'good', body: valid() }));
    expect(response.status).toBe(201);
  });
});
