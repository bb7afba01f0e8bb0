import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { EMAIL_UPDATES_WORDING_VERSION, emailUpdatesWording } from '@bfp/eligibility';
import { authHeaders, migrateDownTo, runSql, type TestPayload } from './testPayload.ts';
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
import { teamMessage } from '../../src/collections/Enquiries/emails/messages.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import type { Partner } from '../../src/payload-types.ts';

/**
 * The separate, unticked opt-in to e-mails about information events and carers' stories (PECR): asked on the
 * enquiry's contact step, with JavaScript and without, and recorded with the words the carer saw (naming the partner,
 * in the page's language) and their version. Anything but a yes or a no is refused by name and stores nothing. On
 * the committed migrations, which record every enquiry stored before them as not having asked.
 */
const ENDPOINT = '/api/enquiries/submit';
const DUDLEY_SITE = 'http://dudley.localhost:4999';
const DUDLEY = 'Dudley Metropolitan Borough Council';
let t: TestPayload;
let migrations: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all: migrations, at } = await startForMigration('_email_updates_consent'));
  await t.payload.db.migrate({ migrations: migrations as never });
  await seed(t.payload, { demoUsers: true });
});
afterAll(async () => {
  await t?.cleanup();
});

const enquiryCount = () => countEnquiries(t);
const stored = (reference: string) => storedEnquiry(t, reference);
const submit = (body: unknown) => submitEnquiryJson(t, body);
const withContact = (contact: Record<string, unknown>, overrides: Record<string, unknown> = {}) => {
  const enquiry = validEnquiry(overrides);
  return { ...enquiry, contact: { ...enquiry.contact, ...contact } };
};

describe('the opt-in to e-mails about events and stories', () => {
  it('is recorded with the words the carer saw and their version when ticked; the team is told', async () => {
    const before = Date.now();
    const { status, json } = await submit(withContact({ emailUpdates: true }));
    expect(status).toBe(201);
    const enquiry = await stored(json.reference as string);
    expect(enquiry.emailUpdates).toMatchObject({
      given: true,
      wording: emailUpdatesWording('en').label(DUDLEY),
      wordingVersion: EMAIL_UPDATES_WORDING_VERSION,
    });
    expect(enquiry.emailUpdates!.wording).toContain(DUDLEY);
    expect(Date.parse(enquiry.emailUpdates!.givenAt!)).toBeGreaterThanOrEqual(before - 1000);
    const mail = teamMessage({ enquiry, partner: enquiry.partner as Partner, serverUrl: 'http://cms' }).text;
    expect(mail).toContain('E-mails about events and stories: yes, they asked for them');
  });

  it('is not given when the box is left unticked or not sent at all', async () => {
    for (const contact of [{ emailUpdates: false }, {}]) {
      const { status, json } = await submit(withContact(contact));
      expect(status).toBe(201);
      const enquiry = await stored(json.reference as string);
      expect(enquiry.emailUpdates?.given ?? false).toBe(false);
      expect(enquiry.emailUpdates?.wording ?? null).toBeNull();
      const mail = teamMessage({ enquiry, partner: enquiry.partner as Partner, serverUrl: 'http://cms' }).text;
      expect(mail).toContain('E-mails about events and stories: no');
    }
  });

  it('refuses anything but a yes or a no with a 400 that names the field, and stores nothing', async () => {
    const count = await enquiryCount();
    for (const value of ['yes', 1, 'true', null]) {
      const { status, json } = await submit(withContact({ emailUpdates: value }));
      expect(status, JSON.stringify(value)).toBe(400);
      expect((json.errors as Record<string, string>)['contact.emailUpdates']).toBe(
        'Tick the box to get e-mails about events and stories, or leave it unticked',
      );
    }
    expect(await enquiryCount()).toBe(count);
  });

  it('works without JavaScript: unticked on the form until ticked, kept ticked through a correction', async () => {
    const fields = formFields(withContact({ emailUpdates: true }));
    const refused = await t.rest(ENDPOINT, postForm({ ...fields, phone: '' }, { Origin: DUDLEY_SITE }));
    expect(refused.status).toBe(400);
    const page = await parsePage(refused);
    const box = page.querySelector<HTMLInputElement>('#plain-form input[name="emailUpdates"]')!;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(true);
    expect(page.querySelector(`label[for="${box.id}"]`)!.textContent).toBe(emailUpdatesWording('en').label(DUDLEY));

    const unticked = await t.rest(
      ENDPOINT,
      postForm({ ...formFields(validEnquiry()), phone: '' }, { Origin: DUDLEY_SITE }),
    );
    const plain = await parsePage(unticked);
    expect(plain.querySelector<HTMLInputElement>('#plain-form input[name="emailUpdates"]')!.checked).toBe(false);

    const sent = await t.rest(ENDPOINT, postForm(fields, { Origin: DUDLEY_SITE }));
    expect(sent.status).toBe(201);
    const reference = (await parsePage(sent)).querySelector('.panel__body strong')!.textContent!;
    expect((await stored(reference)).emailUpdates?.given).toBe(true);

    const count = await enquiryCount();
    const odd = await t.rest(ENDPOINT, postForm({ ...fields, emailUpdates: 'please' }, { Origin: DUDLEY_SITE }));
    expect(odd.status).toBe(400);
    expect((await parsePage(odd)).querySelector('.error-summary__list')!.textContent).toContain(
      'Tick the box to get e-mails about events and stories, or leave it unticked',
    );
    expect(await enquiryCount()).toBe(count);
  });

  it('is recorded in Welsh from a Welsh page', async () => {
    const { status, json } = await submit(withContact({ emailUpdates: true }, { language: 'cy' }));
    expect(status).toBe(201);
    const enquiry = await stored(json.reference as string);
    expect(enquiry.emailUpdates?.wording).toBe(emailUpdatesWording('cy').label(DUDLEY));
    expect(enquiry.emailUpdates?.wording).toMatch(/^Anfonwch e-byst ataf/);
  });

  it('is in the team’s CSV', async () => {
    const { json } = await submit(withContact({ emailUpdates: true }));
    const response = await t.rest('/api/enquiries/export.csv', {
      headers: await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD),
    });
    const [header, ...lines] = (await response.text()).split('\r\n');
    const column = header!.split(',').indexOf('E-mails about events and stories');
    expect(column).toBeGreaterThan(0);
    const line = lines.find((row) => row.startsWith(`${json.reference as string},`))!;
    // No field before it holds a comma or a quote in these rows, so a plain split finds the column.
    expect(line.split(',')[column]).toBe('yes');
  });
});

describe('the e-mail updates migration', () => {
  it('records every enquiry stored before it as not having asked, and keeps each one whole', async () => {
    expect(at).toBeGreaterThan(0);
    const before = (await t.payload.find({ collection: 'enquiries', overrideAccess: true, pagination: false })).docs;
    expect(before.length).toBeGreaterThan(3);
    await migrateDownTo(t.payload, migrations, at);
    await runSql(t.payload, sql`UPDATE enquiries SET source_site = 'before-the-migration'`);
    await t.payload.db.migrate({ migrations: migrations as never });
    const after = (await t.payload.find({ collection: 'enquiries', overrideAccess: true, pagination: false })).docs;
    expect(after.map((doc) => doc.reference).sort()).toEqual(before.map((doc) => doc.reference).sort());
    expect(after.every((doc) => doc.sourceSite === 'before-the-migration')).toBe(true);
    expect(after.every((doc) => doc.emailUpdates?.given === false && doc.emailUpdates.wording == null)).toBe(true);
    // A new enquiry after it records the opt-in as before.
    const { json } = await submit(withContact({ emailUpdates: true }));
    expect((await stored(json.reference as string)).emailUpdates?.given).toBe(true);
  });
});
