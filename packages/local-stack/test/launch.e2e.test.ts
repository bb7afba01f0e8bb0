import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { answerByMouse, axeViolations, launchBrowser, loginToken } from './helpers.ts';
import { launchPartnerSite, LaunchError } from '../src/newSite.ts';
import { sitesRoot } from '../src/repo.ts';

const cmsUrl = inject('cmsUrl');
const port = inject('sitesPort');
const slug = 'e2e-telford';
const launch = () => launchPartnerSite({ slug, cmsUrl, sitesPort: port, registerWorkspace: false, log: () => {} });

let browser: Browser;
let admin: string;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(path.join(sitesRoot, slug), { recursive: true, force: true });
});

async function createPartner(): Promise<void> {
  const logo = new FormData();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#005a70"/><text x="10" y="38" fill="#fff" font-size="20">Telford</text></svg>`;
  logo.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'telford-logo.svg');
  logo.append('_payload', JSON.stringify({ alt: 'Telford & Wrekin Council' }));
  const media = await fetch(`${cmsUrl}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${admin}` },
    body: logo,
  });
  expect(media.status).toBe(201);
  const { doc } = (await media.json()) as { doc: { id: number } };
  const response = await fetch(`${cmsUrl}/api/partners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin}` },
    body: JSON.stringify({
      name: 'Telford & Wrekin Council',
      shortName: 'Telford',
      slug,
      logo: doc.id,
      brand: { primaryColour: '#005a70', accentColour: '#ffd166' },
      theme: 'warm',
      typeface: 'georgia',
      coBranding: { agency: 'National Fostering Group' },
      contact: { phone: '01632 960 404', email: 'fostering@telford.example.org' },
      siteDomain: 'fostering.telford.example.org',
      postcodeDistricts: ['TF1', 'TF2', 'TF3'],
      privacy: { dataControllerName: 'Telford & Wrekin Council', noticeVersion: '2026-11', retentionMonths: 24 },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

describe('a new council launches its site with one CMS record and one command', () => {
  it('refuses to scaffold a site for a partner the CMS does not have', async () => {
    await expect(launch()).rejects.toThrow(LaunchError);
    await expect(launch()).rejects.toThrow(/There is no partner "e2e-telford" in the CMS/);
    expect(fs.existsSync(path.join(sitesRoot, slug))).toBe(false);
  });

  it("serves the new partner's branded site, whose form files enquiries for that partner", async () => {
    await createPartner();
    const { liveUrl } = await launch();
    expect(liveUrl).toBe(`http://${slug}.localhost:${port}/`);

    const page = await (await browser.newContext()).newPage();
    await page.goto(liveUrl!);
    expect(await page.getByTestId('lockup').textContent()).toContain(
      'Telford & Wrekin Council in partnership with National Fostering Group',
    );
    expect(await page.locator('.site-header__logo').getAttribute('alt')).toBe(
      'Telford & Wrekin Council: fostering home page',
    );
    const style = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return {
        primary: root.getPropertyValue('--brand-primary').trim(),
        theme: document.documentElement.dataset.theme,
        font: root.fontFamily,
      };
    });
    expect(style).toEqual({ primary: '#005a70', theme: 'warm', font: expect.stringContaining('Georgia') });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${liveUrl}check/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByLabel('What is your postcode?').fill('TF1 1AA');
    await page.getByRole('button', { name: 'Continue' }).click();
    await answerByMouse(page, [
      'Yes',
      'Yes',
      'Yes, I am a British or Irish citizen',
      'I own it',
      'No',
      'No',
      'Yes, one of us is usually at home',
      'No pets',
      'Yes',
    ]);
    await page.getByRole('heading', { name: 'You may be able to foster' }).waitFor();
    await page.getByRole('button', { name: 'Leave your details' }).click();
    await page.getByLabel('Full name').fill('Alex Carer');
    await page.getByLabel('Email address').fill('alex@example.com');
    await page.getByLabel('Phone number').fill('01632 960 777');
    await page.getByLabel('I agree to be contacted about fostering').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Accept and send' }).click();
    const reference = (await page.getByTestId('enquiry-reference').textContent({ timeout: 15_000 }))!.trim();
    expect(reference).toMatch(/^EETE-[0-9A-Z]{6}$/); // the partner's letters, so staff can tell whose it is

    const { docs } = (await (
      await fetch(`${cmsUrl}/api/enquiries?where[reference][equals]=${reference}&depth=1`, {
        headers: { Authorization: `JWT ${admin}` },
      })
    ).json()) as {
      docs: Array<{ partner: { slug: string }; outcome: string }>;
    };
    expect(docs[0]!.partner.slug).toBe(slug);
    expect(docs[0]!.outcome).toBe('likely-eligible');
  });
});
