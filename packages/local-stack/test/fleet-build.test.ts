import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { directoryTarget } from '@bfp/publish/targets/directory';
import { publishFleetBuild } from '@bfp/publish/fleet-publish';
import { createSiteBuilder } from '@bfp/publish/site-builder';
import { sitesRoot } from '../src/repo.ts';
import { startCms, type RunningCms } from '../src/cms.ts';
import { loginToken } from './helpers.ts';
import { testPort } from '@bfp/services/test-ports';

const localSitesOrigin = `http://{slug}.localhost:${inject('sitesPort')}`;
const quiet = () => {};
const dirs: string[] = [];
const tempRoot = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-fleet-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

// A CMS of its own (the built one from globalSetup, on a fresh database, no jobs worker): these tests edit partners, which
// must not queue rebuilds in the shared stack the other end-to-end tests watch.
let cms: RunningCms;
let cmsUrl: string;
let mediaDir: string;
let admin: Record<string, string>;
beforeAll(async () => {
  const dir = tempRoot();
  mediaDir = path.join(dir, 'media');
  cms = await startCms({
    port: testPort(3150),
    localSitesOrigin,
    worker: false,
    env: { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, MEDIA_DIR: mediaDir, MAIL_DIR: path.join(dir, 'mail') },
    log: quiet,
  });
  cmsUrl = cms.url;
  admin = { Authorization: `JWT ${await loginToken(cmsUrl, 'admin@bfp.example', DEMO_PASSWORD)}` };
}, 120_000);
afterAll(() => cms?.stop());

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('one build for the whole fleet', () => {
  it('produces exactly the files the single-site build produces for the same partner', async () => {
    const singleSites = directoryTarget(tempRoot());
    const single = createSiteBuilder({
      cmsUrl,
      sitesRoot,
      target: singleSites,
      localSitesOrigin,
      fleetThreshold: Infinity,
      log: quiet,
    });
    const { results } = await single.build(['dudley']);
    expect(results).toMatchObject([{ slug: 'dudley', ok: true }]);

    const fleetSites = directoryTarget(tempRoot());
    const fleet = await publishFleetBuild({
      slugs: ['dudley', 'staffordshire', 'big-fostering-partnership'],
      cmsUrl,
      localSitesOrigin,
      target: fleetSites,
      log: quiet,
    });
    expect(fleet.built).toBe(true);
    expect(fleet.results.every((r) => r.ok)).toBe(true);

    const one = singleSites.liveDir('dudley');
    const many = fleetSites.liveDir('dudley');
    expect(filesUnder(many)).toEqual(filesUnder(one));
    // The pages built from blocks are among them (/<slug>/ beside the sites' own routes).
    expect(filesUnder(one)).toContain('support-bridge-to-foster/index.html');
    for (const file of filesUnder(one))
      expect(fs.readFileSync(path.join(many, file)).equals(fs.readFileSync(path.join(one, file))), file).toBe(true);
  });

  it('gives every site its own 404 page, sitemap, robots.txt and canonical URLs on its own domain', async () => {
    const sites = directoryTarget(tempRoot());
    const fleet = await publishFleetBuild({
      slugs: ['dudley', 'staffordshire'],
      cmsUrl,
      localSitesOrigin,
      target: sites,
      log: quiet,
    });
    expect(fleet.stages.map((line) => line.split(' ')[0])).toEqual(['fetch', 'render', 'split', 'deploy']);
    for (const [slug, domain] of [
      ['dudley', 'fostering.dudley.example.org'],
      ['staffordshire', 'fostering.staffordshire.example.org'],
    ]) {
      const dir = sites.liveDir(slug!);
      expect(read(dir, '404.html')).toContain('Page not found');
      expect(fs.existsSync(path.join(dir, '404'))).toBe(false);
      expect(read(dir, 'robots.txt')).toContain(`Sitemap: https://${domain}/sitemap.xml`);
      expect(read(dir, 'sitemap.xml')).toContain(`<loc>https://${domain}/check/</loc>`);
      expect(read(dir, 'check/index.html')).toContain(`<link rel="canonical" href="https://${domain}/check/">`);
      expect(read(dir, 'index.html')).not.toContain(`/${slug}/check/`); // links are site-relative, not fleet paths
      expect(filesUnder(dir).some((file) => file.startsWith('_astro/'))).toBe(true);
    }
  });

  it('deploys only the files whose content changed, and leaves an unchanged site untouched', async () => {
    const sites = directoryTarget(tempRoot());
    const slugs = ['dudley', 'staffordshire'];
    await publishFleetBuild({ slugs, cmsUrl, localSitesOrigin, target: sites, log: quiet });
    const before = Object.fromEntries(slugs.map((slug) => [slug, fs.realpathSync(sites.liveDir(slug))]));

    const again = await publishFleetBuild({ slugs, cmsUrl, localSitesOrigin, target: sites, log: quiet });
    expect(again.results.map((r) => r.changedFiles)).toEqual([0, 0]);
    for (const slug of slugs) expect(fs.realpathSync(sites.liveDir(slug))).toBe(before[slug]);

    const { docs } = (await (
      await fetch(`${cmsUrl}/api/partners?where[slug][equals]=dudley&depth=0`, { headers: admin })
    ).json()) as {
      docs: Array<{ id: number; contact: Record<string, string> }>;
    };
    const dudley = docs[0]!;
    const patch = (officeHours: string) =>
      fetch(`${cmsUrl}/api/partners/${dudley.id}`, {
        method: 'PATCH',
        headers: { ...admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ contact: { ...dudley.contact, officeHours } }),
      });
    expect((await patch('Weekdays 9am to 5pm (fleet test)')).status).toBe(200);
    try {
      const changed = await publishFleetBuild({ slugs, cmsUrl, localSitesOrigin, target: sites, log: quiet });
      const dudleyResult = changed.results.find((r) => r.slug === 'dudley')!;
      expect(dudleyResult.changedFiles).toBeGreaterThan(0);
      expect(changed.results.find((r) => r.slug === 'staffordshire')!.changedFiles).toBe(0);
      expect(fs.realpathSync(sites.liveDir('staffordshire'))).toBe(before.staffordshire);
      const live = sites.liveDir('dudley');
      expect(fs.realpathSync(live)).not.toBe(before.dudley);
      expect(read(live, 'index.html')).toContain('Weekdays 9am to 5pm (fleet test)');
      // Unchanged files are the same files (hard links), not copies: the shared script bundle did not move.
      const script = filesUnder(live).find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!;
      expect(fs.statSync(path.join(live, script)).ino).toBe(fs.statSync(path.join(before.dudley!, script)).ino);
      expect(dudleyResult.changedFiles).toBeLessThan(filesUnder(live).length);
    } finally {
      await patch(dudley.contact.officeHours!);
    }
  });

  it('publishes the other sites when one partner’s record cannot be rendered, and names that partner', async () => {
    // A partner whose logo file has gone from storage (a lost upload, a storage outage): the record is fine, but its
    // site cannot be rendered. The CMS refuses to delete a logo in use, so the file is removed behind its back.
    const logo = new FormData();
    logo.append(
      'file',
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'], { type: 'image/svg+xml' }),
      'brokenshire.svg',
    );
    logo.append('_payload', JSON.stringify({ alt: 'Brokenshire Council' }));
    const media = (await (
      await fetch(`${cmsUrl}/api/media`, { method: 'POST', headers: admin, body: logo })
    ).json()) as { doc: { id: number } };
    const created = await fetch(`${cmsUrl}/api/partners`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Brokenshire Council',
        shortName: 'Brokenshire',
        slug: 'brokenshire',
        kind: 'council',
        active: true,
        logo: media.doc.id,
        brand: { primaryColour: '#1d4f6b', accentColour: '#f2c94c' },
        coBranding: { agency: 'National Fostering Group', alsoWith: [] },
        contact: { phone: '01632 960 999', email: 'fostering@brokenshire.example.org' },
        siteDomain: 'fostering.brokenshire.example.org',
        postcodeDistricts: ['ZZ9'],
        privacy: { dataControllerName: 'Brokenshire Council', noticeVersion: '2026-11', retentionMonths: 24 },
        theme: 'civic',
        typeface: 'system-sans',
      }),
    });
    expect(created.status).toBe(201);
    const partner = ((await created.json()) as { doc: { id: number } }).doc;
    try {
      const refused = await fetch(`${cmsUrl}/api/media/${media.doc.id}`, { method: 'DELETE', headers: admin });
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(
        'Brokenshire Council',
      );
      fs.rmSync(path.join(mediaDir, 'brokenshire.svg'));
      const sites = directoryTarget(tempRoot());
      const fleet = await publishFleetBuild({
        slugs: ['dudley', 'brokenshire'],
        cmsUrl,
        localSitesOrigin,
        target: sites,
        log: quiet,
      });
      expect(fleet.built).toBe(true);
      expect(fleet.results.find((r) => r.slug === 'dudley')).toMatchObject({ ok: true });
      const broken = fleet.results.find((r) => r.slug === 'brokenshire')!;
      expect(broken.ok).toBe(false);
      expect(broken.error).toContain('brokenshire');
      expect(fs.existsSync(path.join(sites.liveDir('dudley'), 'index.html'))).toBe(true);
      expect(fs.existsSync(sites.liveDir('brokenshire'))).toBe(false);
    } finally {
      await fetch(`${cmsUrl}/api/partners/${partner.id}`, { method: 'DELETE', headers: admin });
      await fetch(`${cmsUrl}/api/media/${media.doc.id}`, { method: 'DELETE', headers: admin });
    }
  });
});
