import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { WORDING } from '@bfp/eligibility';
import { authHeaders, runSql, startTestPayload, type TestPayload } from './testPayload.ts';
import {
  enquiryCount as countEnquiries,
  formFields,
  parsePage,
  postForm,
  storedEnquiry,
  submitEnquiryJson,
  validEnquiry,
} from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { sqlDatabase } from '../../src/database.ts';
import { carerMessage, teamMessage } from '../../src/collections/Enquiries/emails/messages.ts';
import { partnerInLanguage } from '../../src/localization/partnerInLanguage.ts';
import { sirEnghraifftCy } from '../../src/seed/partners/sir-enghraifft.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';
import type { Partner } from '../../src/payload-types.ts';

/**
 * An enquiry made on a Welsh page: it is checked, refused and confirmed in Welsh, filed with the language, and the
 * team is told the carer prefers Welsh, while the carer's acknowledgement is written in it. On the committed
 * migrations, which give every enquiry stored before them the language English.
 */
const ENDPOINT = '/api/enquiries/submit';
const DUDLEY_SITE = 'http://dudley.localhost:4999';
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ migrated: true });
  const all = t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations;
  await t.payload.db.migrate({ migrations: all as never });
  await seed(t.payload, { demoUsers: true });
});
afterAll(async () => {
  await t?.cleanup();
});

const enquiryCount = () => countEnquiries(t);
const stored = (reference: string) => storedEnquiry(t, reference);
const submit = (body: unknown) => submitEnquiryJson(t, body);

describe('an enquiry in Welsh', () => {
  it('is filed with its language and the reasons the carer read; the team hears they prefer Welsh, the carer is written to in it', async () => {
    const { status, json } = await submit(validEnquiry({ language: 'cy' }));
    expect(status).toBe(201);
    expect(json.heading).toBe('Efallai y gallwch faethu');
    const enquiry = await stored(json.reference as string);
    expect(enquiry.language).toBe('cy');
    expect(enquiry.findings).toContainEqual({
      questionId: 'age',
      outcome: 'likely-eligible',
      reason: 'Rydych yn 21 oed neu’n hŷn.',
    });

    const partner = enquiry.partner as Partner;
    const carer = carerMessage({ enquiry, partner });
    expect(carer.subject).toBe(`Eich ymholiad maethu ${enquiry.reference}`);
    expect(carer.text).toContain(`Eich cyfeirnod yw ${enquiry.reference}.`);
    expect(carer.text).toContain('Beth sy’n digwydd nesaf');
    expect(carer.text).not.toContain('Your reference number');
    const team = teamMessage({ enquiry, partner, serverUrl: 'http://localhost:3999' });
    expect(team.text).toContain('Language: Prefers Welsh. Call and write to them in Welsh.');
    // The team's own e-mail stays in English.
    expect(team.subject).toMatch(/^New fostering enquiry /);
  });

  it('in English, as every enquiry was before, says nothing of a language', async () => {
    const { status, json } = await submit(validEnquiry());
    expect(status).toBe(201);
    const enquiry = await stored(json.reference as string);
    expect(enquiry.language).toBe('en');
    const partner = enquiry.partner as Partner;
    expect(carerMessage({ enquiry, partner }).subject).toBe(`Your fostering enquiry ${enquiry.reference}`);
    expect(teamMessage({ enquiry, partner, serverUrl: 'http://localhost:3999' }).text).not.toContain('Language');
  });

  it('says in Welsh what to correct, and stores nothing', async () => {
    const before = await enquiryCount();
    const base = validEnquiry({ language: 'cy' });
    const { status, json } = await submit({
      ...base,
      answers: { ...base.answers, age: undefined },
      contact: { ...base.contact, email: 'nid-cyfeiriad' },
    });
    expect(status).toBe(400);
    expect(json.errors).toMatchObject({
      'answers.age': WORDING.cy.questions.age.missing,
      'contact.email': WORDING.cy.contactMessages.email.invalid,
    });
    expect(await enquiryCount()).toBe(before);
  });

  it('refuses a language the platform does not speak with a 400 that names the field', async () => {
    const before = await enquiryCount();
    for (const language of ['fr', 'CY', 5, null]) {
      const { status, json } = await submit(validEnquiry({ language }));
      expect(status, String(language)).toBe(400);
      expect((json.errors as Record<string, string>).language).toBe(
        'Give the language of the page the carer used: "en" or "cy"',
      );
    }
    expect(await enquiryCount()).toBe(before);
  });

  it('answers the plain form in Welsh, in a Welsh page: its problems, then its confirmation', async () => {
    const fields: Record<string, string> = { ...formFields(validEnquiry()), language: 'cy', phone: '' };
    const refused = await t.rest(ENDPOINT, postForm(fields, { Origin: DUDLEY_SITE }));
    expect(refused.status).toBe(400);
    const problem = await parsePage(refused);
    expect(problem.title).toMatch(/^Gwall: Gwiriwch a allech chi faethu/);
    expect(problem.documentElement.lang).toBe('cy');
    expect(problem.querySelector('.skip-link')!.textContent).toBe('Neidio i’r prif gynnwys');
    expect(problem.querySelector('footer h2')!.textContent).toBe('Dolenni cymorth');
    const welsh = problem.querySelector('main')!;
    expect(welsh.querySelector('.error-summary__title')!.textContent).toBe('Mae problem wedi codi');
    expect(welsh.querySelector('.error-summary__list')!.textContent).toBe('Rhowch rif ffôn');
    expect(problem.querySelector<HTMLInputElement>('#plain-form input[name="language"]')!.value).toBe('cy');
    expect(problem.querySelector<HTMLInputElement>('#plain-fullName')!.value).toBe(fields.fullName);
    // The form's privacy link is to the Welsh notice.
    expect(problem.querySelector<HTMLAnchorElement>('#plain-form a')!.getAttribute('href')).toBe(
      `${DUDLEY_SITE}/cy/preifatrwydd/`,
    );

    const sent = await t.rest(ENDPOINT, postForm({ ...fields, phone: '01632 960 001' }, { Origin: DUDLEY_SITE }));
    expect(sent.status).toBe(201);
    const confirmation = await parsePage(sent);
    expect(confirmation.title).toMatch(/^Mae eich ymholiad wedi’i anfon/);
    expect(confirmation.documentElement.lang).toBe('cy');
    expect(confirmation.querySelector('main h1')!.textContent).toBe('Diolch, mae gennym eich manylion');
    const reference = confirmation.querySelector('.panel__body strong')!.textContent!;
    expect((await stored(reference)).language).toBe('cy');
  });

  it('shows a Welsh council’s own texts in Welsh on its Welsh reply page and in the carer’s Welsh e-mail, never its English', async () => {
    const council = (await t.payload.find({ collection: 'partners', where: { slug: { equals: 'sir-enghraifft' } } }))
      .docs[0]!;
    const fields = { ...formFields(validEnquiry({ partner: 'sir-enghraifft' })), language: 'cy' };
    const sent = await t.rest(ENDPOINT, postForm(fields, { Origin: 'http://sir-enghraifft.localhost:4999' }));
    expect(sent.status).toBe(201);
    const page = await sent.text();
    expect(page).toContain(sirEnghraifftCy.contact.officeHours);
    expect(page).not.toContain(council.contact.officeHours!);
    const reference = /<strong>([A-Z]{4}-[0-9A-Z]{6})<\/strong>/.exec(page)![1]!;
    const enquiry = await stored(reference);
    const welsh = await partnerInLanguage(t.payload, council, 'cy');
    const mail = carerMessage({ enquiry, partner: welsh }).text;
    expect(mail).toContain(sirEnghraifftCy.contact.officeHours);
    expect(mail).not.toContain(council.contact.officeHours!);
  });

  it('shows the team the language in the CSV', async () => {
    const { json } = await submit(validEnquiry({ language: 'cy' }));
    const response = await t.rest('/api/enquiries/export.csv', {
      headers: await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD),
    });
    expect(response.status).toBe(200);
    const [header, ...lines] = (await response.text()).split('\r\n');
    const column = header!.split(',').indexOf('Language');
    expect(column).toBeGreaterThan(0);
    const line = lines.find((row) => row.startsWith(`${json.reference as string},`))!;
    // No field before it holds a comma or a quote in these rows, so a plain split finds the column.
    expect(line.split(',')[column]).toBe('Prefers Welsh');
  });
});

describe('the language migration', () => {
  it('gives every enquiry stored before it the language English', async () => {
    const all = t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations;
    const migration = all.find(({ name }) => name.endsWith('_enquiry_language'))!;
    expect(migration).toBeDefined();
    const args = { db: sqlDatabase(t.payload)!.drizzle, payload: t.payload, req: {} } as never;
    // The schema before it, with rows as the release before left them: the same SQL on both databases.
    await migration.down(args);
    await runSql(t.payload, sql`UPDATE enquiries SET source_site = 'before-the-migration'`);
    await migration.up(args);
    const { docs } = await t.payload.find({ collection: 'enquiries', overrideAccess: true, limit: 100 });
    expect(docs.length).toBeGreaterThan(3);
    expect(docs.every((doc) => doc.sourceSite === 'before-the-migration')).toBe(true);
    expect(new Set(docs.map((doc) => doc.language))).toEqual(new Set(['en']));
    // A new enquiry after it is filed as before.
    expect((await submit(validEnquiry({ language: 'cy' }))).status).toBe(201);
  });
});
