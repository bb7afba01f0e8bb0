import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '@bfp/system-packages/chromium';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { paragraphsToRichText } from '@bfp/cms/rich-text';
import type { RunningCluster } from '../src/cluster.ts';
import { testPort } from '@bfp/services/test-ports';
import { testCluster } from './testCluster.ts';

/**
 * Publishing on the production tier, end to end on real parts: the jobs worker builds the partner sites and deploys
 * them into releases that nginx serves, with the serving rules (compression, caching, security headers) nginx renders
 * from @bfp/static-host. Sites never need the CMS at runtime.
 */
const PORTS = {
  postgres: testPort(54360),
  instances: [testPort(3211), testPort(3212)],
  nginx: testPort(8280),
  sites: testPort(8281),
};
const SEEDED = ['big-fostering-partnership', 'dudley', 'sir-enghraifft', 'staffordshire'];

const setup = testCluster({ name: 'publishing', ports: PORTS, cmsEnv: { REBUILD_DEBOUNCE_MS: '300' } });
const { log, dir } = setup;
let cluster: RunningCluster;
let admin: Record<string, string>;
/** A grant cookie for Dudley's preview, from the preview test; the outage test checks it is refused then. */
let previewCookie: string | undefined;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET to nginx's sites port with the site's name in the Host header (Node cannot resolve *.localhost). */
function getSite(host: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: PORTS.sites,
        path: pathname,
        headers: { host, 'accept-encoding': 'identity', ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', reject);
  });
}
const local = (slug: string) => `${slug}.localhost:${PORTS.sites}`;

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${timeoutMs / 1000} s\n${log.slice(-40).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function api<T>(pathname: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${cluster.url}${pathname}`, {
    ...init,
    headers: { ...admin, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function loginHeaders(email: string): Promise<Record<string, string>> {
  const login = await fetch(`${cluster.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` };
}

const paragraph = (text: string) => paragraphsToRichText([text]);

async function allLive(): Promise<boolean> {
  const { docs } = await api<{ docs: Array<{ status: string }> }>('/api/site-builds?limit=1000&depth=0');
  return docs.length > 0 && docs.every((doc) => doc.status === 'live');
}

beforeAll(async () => {
  cluster = await setup.start();
  admin = await loginHeaders('admin@bfp.example');
  await eventually(
    'the first build of every site',
    async () => (await allLive()) && (await getSite(local('dudley'), '/')).status === 200,
  );
});

afterAll(() => setup.remove());

describe('the worker publishes every site to nginx', () => {
  it('serves each seeded partner at its local name and at its own domain', async () => {
    for (const slug of SEEDED) expect((await getSite(local(slug), '/')).status, slug).toBe(200);
    const dudley = await getSite('fostering.dudley.example.org', '/');
    expect(dudley.status).toBe(200);
    expect(dudley.body.toString()).toContain('Dudley');
    const index = await getSite(`localhost:${PORTS.sites}`, '/');
    expect(index.body.toString()).toContain(`http://dudley.localhost:${PORTS.sites}/`);
  });

  it('answers an HTML page compressed, revalidated and with the security headers', async () => {
    const br = await getSite(local('dudley'), '/check/', { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toMatch(/must-revalidate|no-cache/);
    expect(br.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(br.headers['content-security-policy']).toContain(`connect-src 'self' ${cluster.url}`);
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['referrer-policy']).toBeTruthy();
    expect(br.headers['permissions-policy']).toBeTruthy();
    expect(br.headers['strict-transport-security']).toBeUndefined();
    expect(br.headers.server).toBe('nginx');
    const gzip = await getSite(local('dudley'), '/check/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await getSite(local('dudley'), '/check/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<html');
  });

  it('caches a hashed asset for a year and answers a missing page with the site’s own 404', async () => {
    const page = (await getSite(local('dudley'), '/check/')).body.toString();
    const asset = /\/_astro\/[^"']+\.(?:js|css)/.exec(page)?.[0];
    expect(asset).toBeTruthy();
    const answer = await getSite(local('dudley'), asset!, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-encoding']).toBe('br');
    const missing = await getSite(local('dudley'), '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Dudley');
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('puts a story shown on all partners on every site, the bilingual council’s once its Welsh is in', async () => {
    const slug = `cluster-story-${Date.now()}`;
    const { doc } = await api<{ doc: { id: number } }>('/api/stories', {
      method: 'POST',
      body: JSON.stringify({
        title: 'A story published on the production tier',
        slug,
        summary: 'Shown on every partner site.',
        body: paragraph('Published through the worker.'),
        shownOn: 'all',
        safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
        _status: 'published',
      }),
    });
    // A bilingual site shows a story only in both languages: its Welsh, published the same way.
    await api(`/api/stories/${doc.id}?locale=cy`, {
      method: 'PATCH',
      body: JSON.stringify({
        title: 'Stori a gyhoeddwyd ar yr haen gynhyrchu',
        slug: `cy-${slug}`,
        summary: 'Ar bob safle partner.',
        body: paragraph('Wedi’i chyhoeddi drwy’r gweithiwr.'),
        _status: 'published',
      }),
    });
    for (const site of SEEDED) {
      await eventually(
        `the story on ${site}`,
        async () => (await getSite(local(site), `/stories/${slug}/`)).status === 200,
      );
    }
    await eventually('every site build marked live', allLive);
  });

  it('gives a new partner its server block and its site, and lists it on the partnership’s site', async () => {
    const slug = 'cluster-telford';
    const logo = new FormData();
    logo.append(
      'file',
      new Blob(
        [
          `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#005a70"/></svg>`,
        ],
        { type: 'image/svg+xml' },
      ),
      'cluster-telford.svg',
    );
    logo.append('_payload', JSON.stringify({ alt: 'Telford & Wrekin Council' }));
    const media = (await (
      await fetch(`${cluster.url}/api/media`, { method: 'POST', headers: admin, body: logo })
    ).json()) as { doc: { id: number } };
    await api('/api/partners', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Telford & Wrekin Council',
        shortName: 'Telford',
        slug,
        logo: media.doc.id,
        brand: { primaryColour: '#005a70', accentColour: '#ffd166' },
        theme: 'warm',
        typeface: 'georgia',
        coBranding: { agency: 'National Fostering Group' },
        contact: { phone: '01632 960 404', email: 'fostering@telford.example.org' },
        siteDomain: 'fostering.telford.example.org',
        postcodeDistricts: ['TF1', 'TF2'],
        privacy: { dataControllerName: 'Telford & Wrekin Council', noticeVersion: '2026-11', retentionMonths: 24 },
      }),
    });
    const home = await eventually('the new partner’s site', async () => {
      const answer = await getSite('fostering.telford.example.org', '/');
      return answer.status === 200 && answer.body.toString().includes('Telford') && answer;
    });
    expect(home.body.toString()).toContain('Telford &amp; Wrekin Council');
    expect(fs.readFileSync(path.join(dir, 'nginx', 'sites.conf'), 'utf8')).toContain('fostering.telford.example.org');
    expect((await getSite(local(slug), '/check/')).status).toBe(200);
    await eventually('the partnership’s site listing Telford', async () =>
      (await getSite(local('big-fostering-partnership'), '/')).body.toString().includes('Telford &amp; Wrekin Council'),
    );
  });

  it('shows an editor a draft on the preview host after the grant redirect, and nobody else', async () => {
    const editor = await loginHeaders('editor@bfp.example');
    const slug = `cluster-draft-${Date.now()}`;
    const draftText = 'Only editors see this draft before it is published.';
    const created = await fetch(`${cluster.url}/api/stories?draft=true`, {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'A draft on the production tier',
        slug,
        summary: 'Not published yet.',
        body: paragraph(draftText),
        shownOn: 'all',
        safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
        _status: 'draft',
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { doc } = (await created.json()) as { doc: { id: number } };

    // Through the balancer: the button answers at once, and the page it leads to follows the build from either instance.
    const started = Date.now();
    const pressed = await fetch(`${cluster.url}/api/stories/preview?id=${doc.id}&partner=dudley`, {
      headers: editor,
      redirect: 'manual',
    });
    expect(pressed.status, await pressed.clone().text()).toBe(303);
    expect(Date.now() - started).toBeLessThan(5_000);
    const following = `${cluster.url}/api/stories/preview${pressed.headers.get('location')}`;
    // A live change queued while the preview waits: under one job it was built before the editor saw the preview.
    const staffordshire = (
      await api<{ docs: Array<{ id: number }> }>('/api/partners?where[slug][equals]=staffordshire&depth=0')
    ).docs[0]!;
    await api(`/api/partners/${staffordshire.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ localOffer: `Changed while a preview was building (${Date.now()}).` }),
    });
    const page = await fetch(following, { headers: editor, redirect: 'manual' });
    expect(page.status).toBe(202);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('Building the preview');
    let staffordshireAtPreview = '';
    const opened = await eventually(
      'the follow page moving on from building',
      async () => {
        const answer = await fetch(following, { headers: editor, redirect: 'manual' });
        if (answer.status === 202) return undefined;
        const { docs } = await api<{ docs: Array<{ status: string; partner: { slug: string } }> }>(
          '/api/site-builds?depth=1&limit=100',
        );
        staffordshireAtPreview = docs.find((build) => build.partner.slug === 'staffordshire')!.status;
        return answer;
      },
      180_000,
    );
    expect(opened.status, await opened.clone().text()).toBe(302);
    expect(staffordshireAtPreview, 'the unrelated live build was not waited for').not.toBe('live');
    expect(opened.headers.get('cache-control')).toBe('no-store');
    const opening = new URL(opened.headers.get('location')!);
    expect(opening.host).toBe(local('preview-dudley'));
    expect(opening.pathname).toBe('/__preview/grant');

    const accepted = await getSite(opening.host, `${opening.pathname}${opening.search}`);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toBe(`/stories/${slug}/`);
    const setCookie = String(accepted.headers['set-cookie']);
    expect(setCookie).toMatch(/^bfp_preview_grant=[^;]+; Path=\/; Max-Age=\d+; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    previewCookie = setCookie.split(';')[0]!;

    const granted = await getSite(opening.host, `/stories/${slug}/`, { cookie: previewCookie });
    expect(granted.status).toBe(200);
    expect(granted.body.toString()).toContain(draftText);
    expect(granted.headers['cache-control']).toBe('no-store');
    expect(granted.headers['x-robots-tag']).toBe('noindex');

    for (const [host, cookie] of [
      [opening.host, undefined],
      [opening.host, 'bfp_preview_grant=forged.grant'],
      [local('preview-staffordshire'), previewCookie],
    ] as const) {
      const refused = await getSite(host, `/stories/${slug}/`, cookie ? { cookie } : {});
      expect(refused.status, `${host} ${cookie}`).toBe(401);
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.body.toString()).not.toContain(draftText);
      expect(refused.body.toString()).toContain('Preview</strong> button');
    }
    expect((await getSite(local('dudley'), `/stories/${slug}/`)).status).toBe(404);
  });

  it('renders every page of every site, with its images, while both CMS instances are down', async () => {
    await eventually('every site build marked live', allLive);
    const sites = [...SEEDED, 'cluster-telford'];
    const pages: string[] = [];
    for (const slug of sites) {
      const sitemap = (await getSite(local(slug), '/sitemap.xml')).body.toString();
      const paths = [...sitemap.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
      expect(paths.length, slug).toBeGreaterThan(3);
      pages.push(...paths.map((pathname) => `http://${local(slug)}${pathname}`));
    }
    await Promise.all(cluster.instances.map((instance) => instance.suspend()));
    let browser: Browser | undefined;
    try {
      expect((await fetch(`${cluster.url}/api/ready`)).status).toBeGreaterThanOrEqual(500);
      // With no CMS to confirm a grant, a preview is refused, not served unchecked.
      if (previewCookie) {
        const unchecked = await getSite(local('preview-dudley'), '/', { cookie: previewCookie });
        expect(unchecked.status).toBe(503);
        expect(unchecked.body.toString()).toMatch(/did not answer/);
      }
      browser = await chromium.launch(chromiumLaunchOptions());
      const context = await browser.newContext();
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on(
        'response',
        (response) => response.status() >= 400 && failures.push(`${response.url()}: ${response.status()}`),
      );
      for (const url of pages) {
        // Until the network is quiet: the checker's island fetches its scripts after 'load', and leaving the page
        // then aborts them, which would be counted as a failure of the site rather than of the test's haste.
        await page.goto(url, { waitUntil: 'networkidle' });
        // Lazy images below the fold count too: load them all, then look for any that failed.
        const broken = await page.evaluate(async () => {
          const images = [...document.images];
          for (const image of images) image.loading = 'eager';
          await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
          return images.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src);
        });
        expect(broken, url).toEqual([]);
        expect(await page.locator('.site-header__logo').count(), url).toBe(1);
      }
      expect(failures).toEqual([]);
    } finally {
      await browser?.close();
      for (const instance of cluster.instances) instance.resume();
      await Promise.all(cluster.instances.map((instance) => instance.ready()));
    }
  });
});
