import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import type { Enquiry } from '../../src/payload-types.ts';

const EXPORT = '/api/enquiries/export.csv';

let t: TestPayload;
const as: Record<string, Headers> = {};
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  const partners = await t.payload.find({ collection: 'partners', depth: 0, limit: 10 });
  const partnerId = (slug: string) => partners.docs.find((p) => p.slug === slug)!.id;
  const enquiry = (
    reference: string,
    slug: string,
    fullName: string,
    extra: Partial<Pick<Enquiry, 'status' | 'withdrawalReason' | 'callBackBy' | 'findings'>> = {},
  ) =>
    t.payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      data: {
        reference,
        partner: partnerId(slug),
        sourceSite: `http://${slug}.localhost:4999`,
        outcome: 'likely-eligible',
        status: 'new',
        answers: { postcode: 'DY1 1AA', age: 'yes', bedroom: 'moving-soon' },
        findings: [
          {
            questionId: 'bedroom',
            outcome: 'talk-to-us',
            reason: 'A room of their own by the time a child moves in is enough.',
          },
        ],
        contact: { fullName, email: `${reference.toLowerCase()}@example.com`, phone: '+44 1632 960001' },
        consent: { given: true, givenAt: new Date().toISOString(), privacyNoticeVersion: '2026-11' },
        ...extra,
      },
    });
  await enquiry('DUDL-000001', 'dudley', '=HYPERLINK("http://evil.example","Click")');
  // A name is one line (control characters are refused), so the line break to quote comes in a finding's reason.
  await enquiry('DUDL-000002', 'dudley', 'Smith, "Jo"', {
    status: 'withdrawn',
    withdrawalReason: 'AW3',
    findings: [{ questionId: 'bedroom', outcome: 'talk-to-us', reason: 'First line\nSecond line' }],
  });
  // 10:00 in London on a summer day (BST), so the CSV must not show the UTC hour.
  await enquiry('STAF-000001', 'staffordshire', 'Siân Jones', { callBackBy: '2020-07-01T09:00:00.000Z' });
  for (const who of ['admin', 'editor', 'staffordshire', 'dudley'])
    as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
});
afterAll(() => t.cleanup());

/** RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

async function download(query = '', headers?: Headers) {
  const response = await t.rest(`${EXPORT}${query}`, { headers });
  const text = await response.text();
  return { response, text, rows: response.status === 200 ? parseCsv(text.replace(/^\uFEFF/, '')) : [] };
}

describe('GET /api/enquiries/export.csv', () => {
  it('refuses anonymous visitors with 401 and a message', async () => {
    const { response, text } = await download();
    expect(response.status).toBe(401);
    expect(JSON.parse(text).message).toMatch(/log in/i);
  });

  it('gives admins and editors every enquiry as a CSV attachment', async () => {
    for (const who of ['admin', 'editor']) {
      const { response, rows } = await download('', as[who]);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="enquiries-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(rows.map((r) => r.Reference).sort()).toEqual(['DUDL-000001', 'DUDL-000002', 'STAF-000001']);
    }
  });

  it('gives partner staff only their own partner’s enquiries, even when they ask for another partner', async () => {
    const dudley = await download('', as.dudley);
    expect(dudley.rows.map((r) => r.Reference).sort()).toEqual(['DUDL-000001', 'DUDL-000002']);
    const asked = await download('?partner=staffordshire', as.dudley);
    expect(asked.response.status).toBe(200);
    expect(asked.rows).toEqual([]);
    const staffs = await download('', as.staffordshire);
    expect(staffs.rows.map((r) => r.Reference)).toEqual(['STAF-000001']);
  });

  it('has the columns a recruitment team works from', async () => {
    const { rows } = await download('?partner=staffordshire', as.admin);
    expect(rows[0]).toMatchObject({
      Reference: 'STAF-000001',
      Partner: 'Staffordshire County Council',
      Site: 'http://staffordshire.localhost:4999',
      'Call back by': '2020-07-01 10:00',
      Overdue: 'yes',
      Status: 'New',
      'Withdrawal reason': '',
      'First contact': '',
      Outcome: 'Likely eligible',
      Name: 'Siân Jones',
      'E-mail': 'staf-000001@example.com',
      // A column per question, headed as the carer read it, answered in the words they chose.
      'What is your postcode?': 'DY1 1AA',
      'Are you 21 or over?': 'Yes',
      'Do you have a spare bedroom that would be the child’s own?': 'Not yet, but I am moving somewhere with one soon',
      'Does anyone in your household smoke or vape?': '',
      'To talk through': 'A room of their own by the time a child moves in is enough.',
    });
    // London time in a form spreadsheets read as a date and time.
    expect(rows[0]!.Received).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('quotes commas, quotes and newlines, and defuses cells a spreadsheet would run as formulas', async () => {
    const { text, rows } = await download('?partner=dudley', as.admin);
    const byRef = Object.fromEntries(rows.map((r) => [r.Reference, r]));
    expect(byRef['DUDL-000001']!.Name).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(byRef['DUDL-000002']!.Name).toBe('Smith, "Jo"');
    expect(byRef['DUDL-000002']!['To talk through']).toBe('First line\nSecond line');
    expect(byRef['DUDL-000002']!['Withdrawal reason']).toMatch(/^AW3 /);
    expect(byRef['DUDL-000002']!.Phone).toBe(`'+44 1632 960001`);
    expect(text).toContain('"Smith, ""Jo"""');
    expect(text).toContain('"First line\nSecond line"');
  });

  it('filters by status and partner, reads an empty filter as all, and rejects unknown filter values with a 400 naming them', async () => {
    const withdrawn = await download('?status=withdrawn', as.admin);
    expect(withdrawn.rows.map((r) => r.Reference)).toEqual(['DUDL-000002']);
    const all = await download('?status=&partner=', as.admin);
    expect(all.rows).toHaveLength(3);
    const badStatus = await download('?status=lost', as.admin);
    expect(badStatus.response.status).toBe(400);
    expect(JSON.parse(badStatus.text).message).toContain('"lost"');
    const badPartner = await download('?partner=atlantis', as.admin);
    expect(badPartner.response.status).toBe(400);
    expect(JSON.parse(badPartner.text).message).toContain('"atlantis"');
  });
});
