import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ELIGIBLE_ANSWERS, vnuErrors } from './helpers.ts';

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

/**
 * The W3C's own checker (Nu Html Checker, vnu.jar, on the machine's Java) on every page every partner site was built
 * with: public-sector sites must be valid HTML as well as pass axe.
 */
describe('the W3C HTML checker', () => {
  it('finds no errors on any page of any partner site', async () => {
    const files = Object.values(inject('siteOutDirs')).flatMap(htmlFiles);
    expect(files.length).toBeGreaterThan(20);
    expect(await vnuErrors(files)).toEqual([]);
  }, 180_000);

  it('finds no errors on the pages the CMS answers the plain form with (a problem, and the confirmation)', async () => {
    const site = `http://dudley.localhost:${inject('sitesPort')}`;
    const { privacy } = (
      (await (await fetch(`${inject('cmsUrl')}/api/partners?where[slug][equals]=dudley&depth=0`)).json()) as {
        docs: Array<{ privacy: { noticeVersion: string } }>;
      }
    ).docs[0]!;
    const fields = {
      partner: 'dudley',
      privacyNoticeVersion: privacy.noticeVersion,
      postcode: 'DY1 1AA',
      ...ELIGIBLE_ANSWERS,
      fullName: 'Vera Valid',
      phone: '01384 812 345',
      consent: 'yes',
      website: '',
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replies-'));
    const replies = {
      problem: { ...fields, email: 'not-an-address' },
      sent: { ...fields, email: `vera.${Date.now()}@example.com` },
    };
    const files: string[] = [];
    for (const [name, body] of Object.entries(replies)) {
      const response = await fetch(`${inject('cmsUrl')}/api/enquiries/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site },
        body: new URLSearchParams(body).toString(),
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      files.push(path.join(dir, `${name}.html`));
      fs.writeFileSync(files.at(-1)!, await response.text());
    }
    expect(await vnuErrors(files)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
