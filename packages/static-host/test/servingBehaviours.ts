/**
 * What serving a partner site means, as one table run against nginx and against the Node server: the point of
 * defining headers once is that both answer every row the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE_CONTROL, NO_STORE_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL } from '../src/headers.ts';
import { renderSitesIndex } from '../src/sitesIndex.ts';
import { SITES, bilingualReleaseFiles, makeFixtureSites, type FixtureSites } from './fixtureSites.ts';
import { siteRequest, type SiteResponse } from './siteRequest.ts';
import { grantCookie, startFakeGrantVerifier, type FakeGrantVerifier } from './fakeGrantVerifier.ts';

export interface ServerUnderTest {
  port: number;
  stop: () => Promise<void>;
}

export interface StartOptions {
  sitesDir: string;
  /** Holds the index page's index.html, for nginx. */
  indexRoot: string;
  indexHtml: string;
  /** Where the server asks about preview grants (a stand-in answering like the CMS: fakeGrantVerifier.ts). */
  previewGrantsOrigin: string;
}

const DUDLEY = 'dudley.localhost';
const PREVIEW = 'preview-dudley.localhost';
const BILINGUAL = 'sir-enghraifft.localhost';
const GRANTED = { cookie: grantCookie('grant-for-dudley') };
const INDEX_ORIGIN_TEMPLATE = 'http://{slug}.localhost:4321';

type HeaderExpectation = string | RegExp | null;
interface Case {
  name: string;
  host?: string;
  path: string;
  method?: string;
  requestHeaders?: Record<string, string>;
  status: number;
  headers?: Record<string, HeaderExpectation>;
  body?: RegExp;
  notBody?: RegExp;
}

const SECURITY: Record<string, HeaderExpectation> = {
  'content-security-policy':
    /^(?=.*frame-ancestors 'none')(?=.*connect-src 'self' https:\/\/cms\.example\.org)(?=.*form-action 'self' https:\/\/cms\.example\.org)/,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': /camera=\(\), .*microphone=\(\)/,
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': null,
  'x-robots-tag': null,
};
const PAGE = { ...SECURITY, 'cache-control': REVALIDATE_CACHE_CONTROL };
const PREVIEW_PAGE = { ...SECURITY, 'cache-control': NO_STORE_CACHE_CONTROL, 'x-robots-tag': 'noindex' };
/** What a refused preview request must not contain: anything of the draft release (its pages, 404 page or script). */
const DRAFT = /Dudley|island/;
const HTML = 'text/html; charset=utf-8';

/** Same site, or a relative Location: never another host. */
const sameSite = (host: string) => (location: string | undefined) =>
  location === undefined ||
  (new URL(location, `http://${host}/`).host === host && !/^\s*(\/\/|\/\\|[a-z]+:)/i.test(location));

export const CASES: Case[] = [
  {
    name: 'a page, with every header of the definition and a validator',
    path: '/',
    status: 200,
    headers: { ...PAGE, 'content-type': HTML, etag: /./, 'last-modified': /GMT$/ },
    body: /Dudley home v1/,
  },
  {
    name: "the partner's own domain names the same site",
    host: 'fostering.dudley.gov.uk',
    path: '/',
    status: 200,
    body: /Dudley home v1/,
  },
  {
    name: 'the Host header matches without regard to case or port',
    host: 'Dudley.LocalHost:4321',
    path: '/about/',
    status: 200,
    body: /About Dudley v1/,
  },
  {
    name: 'a folder without its trailing slash redirects to it, relatively',
    path: '/about',
    status: 301,
    headers: { ...PAGE, location: '/about/' },
  },
  {
    name: 'the redirect keeps the query string',
    path: '/about?utm=mail',
    status: 301,
    headers: { location: '/about/?utm=mail' },
  },
  {
    name: 'a hashed asset is cached for a year, immutable',
    path: '/_astro/app.3f9a1c.js',
    status: 200,
    headers: {
      ...SECURITY,
      'cache-control': IMMUTABLE_CACHE_CONTROL,
      'content-type': 'text/javascript; charset=utf-8',
    },
  },
  {
    name: 'a hashed stylesheet has its type and charset',
    path: '/_astro/site.77ab2e.css',
    status: 200,
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': IMMUTABLE_CACHE_CONTROL },
  },
  {
    name: 'a web app manifest has its own type (unknown to Debian’s mime.types)',
    path: '/manifest.webmanifest',
    status: 200,
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  },
  {
    name: 'an image has no charset',
    path: '/logo.png',
    status: 200,
    headers: { ...PAGE, 'content-type': 'image/png' },
  },
  {
    name: "a missing page gets the site's own 404 page, with every header",
    path: '/no-such-page/',
    status: 404,
    headers: { ...PAGE, 'content-type': HTML },
    body: /Dudley page not found/,
  },
  {
    name: 'a missing hashed asset is a 404 that is not cached as immutable',
    path: '/_astro/missing.js',
    status: 404,
    headers: { ...PAGE },
    body: /Dudley page not found/,
  },
  {
    name: 'the 404 page comes precompressed too',
    path: '/no-such-page/',
    requestHeaders: { 'accept-encoding': 'br' },
    status: 404,
    headers: { 'content-encoding': 'br' },
    body: /Dudley page not found/,
  },
  {
    name: 'a missing Welsh address on a bilingual site gets its Welsh 404 page',
    host: BILINGUAL,
    path: '/cy/dim-tudalen/',
    status: 404,
    headers: { ...PAGE, 'content-type': HTML },
    body: /Heb ddod o hyd i’r dudalen/,
  },
  {
    name: 'a missing Welsh address comes precompressed too',
    host: BILINGUAL,
    path: '/cy/dim-tudalen/',
    requestHeaders: { 'accept-encoding': 'gzip' },
    status: 404,
    headers: { 'content-encoding': 'gzip' },
  },
  {
    name: 'a missing English address on a bilingual site gets the English 404 page',
    host: BILINGUAL,
    path: '/no-such-page/',
    status: 404,
    body: /Sir Enghraifft page not found/,
  },
  {
    name: 'a site with no Welsh answers a /cy/ address with its English 404 page',
    path: '/cy/dim-tudalen/',
    status: 404,
    headers: { ...PAGE, 'content-type': HTML },
    body: /Dudley page not found/,
  },
  { name: 'a folder without index.html is not a page', path: '/empty/', status: 404, body: /Dudley page not found/ },
  { name: 'a file is not a folder', path: '/robots.txt/', status: 404 },
  { name: 'dotfiles are not served', path: '/.env', status: 404, notBody: /SECRET/ },
  { name: 'precompressed siblings are not addressable themselves', path: '/index.html.br', status: 404 },
  {
    name: 'brotli to a client that accepts it',
    path: '/',
    requestHeaders: { 'accept-encoding': 'br' },
    status: 200,
    headers: { 'content-encoding': 'br', vary: /Accept-Encoding/i, 'content-type': HTML },
    body: /Dudley home v1/,
  },
  {
    name: 'gzip to a client that accepts only gzip',
    path: '/',
    requestHeaders: { 'accept-encoding': 'gzip' },
    status: 200,
    headers: { 'content-encoding': 'gzip', vary: /Accept-Encoding/i },
    body: /Dudley home v1/,
  },
  {
    name: 'brotli preferred when both are accepted',
    path: '/about/',
    requestHeaders: { 'accept-encoding': 'gzip, deflate, br' },
    status: 200,
    headers: { 'content-encoding': 'br' },
    body: /About Dudley v1/,
  },
  {
    name: 'identity to a client that accepts no encoding, still varying',
    path: '/',
    status: 200,
    headers: { 'content-encoding': null, vary: /Accept-Encoding/i },
  },
  {
    name: 'a hashed asset precompressed, with its own type',
    path: '/_astro/app.3f9a1c.js',
    requestHeaders: { 'accept-encoding': 'br' },
    status: 200,
    headers: {
      'content-encoding': 'br',
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': IMMUTABLE_CACHE_CONTROL,
    },
    body: /island/,
  },
  {
    name: 'a file under 1 KB is sent as it is',
    path: '/robots.txt',
    requestHeaders: { 'accept-encoding': 'br, gzip' },
    status: 200,
    headers: { 'content-encoding': null, 'content-type': 'text/plain; charset=utf-8' },
  },
  { name: 'a malformed percent-escape is a bad request', path: '/%E0%A4%A', status: 400, headers: { ...SECURITY } },
  { name: 'a percent sign without two hex digits is a bad request', path: '/%zz', status: 400 },
  { name: 'an encoded NUL is a bad request', path: '/index.html%00.txt', status: 400 },
  {
    name: 'well-formed escapes that are not UTF-8 just name no page',
    path: '/%E0%A4/',
    status: 404,
    body: /Dudley page not found/,
  },
  { name: 'escapes are decoded once', path: '/%61bout/', status: 200, body: /About Dudley v1/ },
  {
    name: 'dot segments climbing above the root are refused',
    path: '/../../etc/passwd',
    status: 400,
    notBody: /root:/,
  },
  {
    name: 'encoded dot segments climbing above the root are refused',
    path: '/%2e%2e/%2e%2e/etc/passwd',
    status: 400,
    notBody: /root:/,
  },
  { name: 'dot segments inside the site resolve', path: '/about/../about/./', status: 200, body: /About Dudley v1/ },
  {
    name: 'POST is not allowed, with every header',
    method: 'POST',
    path: '/',
    status: 405,
    headers: { ...PAGE, allow: 'GET, HEAD' },
  },
  {
    name: 'POST to a hashed asset is not allowed',
    method: 'POST',
    path: '/_astro/app.3f9a1c.js',
    status: 405,
    headers: { allow: 'GET, HEAD' },
  },
  { name: 'DELETE to a missing page is not allowed', method: 'DELETE', path: '/no-such-page/', status: 405 },
  { name: 'OPTIONS is not allowed', method: 'OPTIONS', path: '/', status: 405 },
  {
    name: 'a preview without a grant is refused with a page saying where to open it, and nothing of the draft',
    host: PREVIEW,
    path: '/',
    status: 401,
    headers: { ...PREVIEW_PAGE, 'content-type': HTML },
    body: /Preview<\/strong> button/,
    notBody: DRAFT,
  },
  {
    name: 'a preview’s hashed assets are refused without a grant',
    host: PREVIEW,
    path: '/_astro/app.3f9a1c.js',
    status: 401,
    headers: PREVIEW_PAGE,
    notBody: DRAFT,
  },
  {
    name: 'a preview’s missing pages are refused without a grant, not answered with its 404 page',
    host: PREVIEW,
    path: '/nope/',
    status: 401,
    headers: PREVIEW_PAGE,
    notBody: DRAFT,
  },
  {
    name: 'a preview refuses a precompressed answer too',
    host: PREVIEW,
    path: '/',
    requestHeaders: { 'accept-encoding': 'br, gzip' },
    status: 401,
    headers: { 'content-encoding': null },
    notBody: DRAFT,
  },
  {
    name: 'a preview refuses a grant the CMS does not know',
    host: PREVIEW,
    path: '/',
    requestHeaders: { cookie: grantCookie('forged') },
    status: 401,
    notBody: DRAFT,
  },
  {
    name: 'a grant for another site does not open this preview',
    host: PREVIEW,
    path: '/',
    requestHeaders: { cookie: grantCookie('grant-for-walsall') },
    status: 401,
    notBody: DRAFT,
  },
  {
    name: 'a browser cannot name the site the grant is checked for',
    host: PREVIEW,
    path: '/',
    requestHeaders: { cookie: grantCookie('grant-for-walsall'), 'x-preview-site': 'walsall' },
    status: 401,
    notBody: DRAFT,
  },
  {
    name: 'a granted browser gets the preview, never stored and never indexed',
    host: PREVIEW,
    path: '/',
    requestHeaders: GRANTED,
    status: 200,
    headers: { ...PREVIEW_PAGE, 'content-type': HTML },
    body: /Dudley home draft/,
  },
  {
    name: 'a granted browser gets the preview precompressed',
    host: PREVIEW,
    path: '/about/',
    requestHeaders: { ...GRANTED, 'accept-encoding': 'br' },
    status: 200,
    headers: { 'content-encoding': 'br', 'cache-control': NO_STORE_CACHE_CONTROL },
    body: /About Dudley draft/,
  },
  {
    name: 'a preview’s hashed assets are not cached either',
    host: PREVIEW,
    path: '/_astro/app.3f9a1c.js',
    requestHeaders: GRANTED,
    status: 200,
    headers: { 'cache-control': NO_STORE_CACHE_CONTROL, 'x-robots-tag': 'noindex' },
    body: /draft/,
  },
  {
    name: 'a preview’s 404 is its own, not indexed either',
    host: PREVIEW,
    path: '/nope/',
    requestHeaders: GRANTED,
    status: 404,
    headers: PREVIEW_PAGE,
    body: /Dudley page not found/,
  },
  {
    name: 'a preview redirects a folder to its slash like a site',
    host: PREVIEW,
    path: '/about',
    requestHeaders: GRANTED,
    status: 301,
    headers: { location: '/about/', 'cache-control': NO_STORE_CACHE_CONTROL },
  },
  {
    name: 'the grant address hands over to the CMS: 303 to next with its cookie, in the preview’s headers',
    host: PREVIEW,
    path: '/__preview/grant?grant=grant-for-dudley&next=/about/',
    status: 303,
    headers: {
      ...PREVIEW_PAGE,
      location: '/about/',
      'set-cookie': /^bfp_preview_grant=grant-for-dudley; Path=\/; Max-Age=900; HttpOnly; SameSite=Lax$/,
    },
  },
  {
    name: 'the grant address passes on what the CMS says of a grant for another site',
    host: PREVIEW,
    path: '/__preview/grant?grant=grant-for-walsall&next=/about/',
    status: 401,
    headers: { location: null, 'set-cookie': null, 'cache-control': NO_STORE_CACHE_CONTROL },
  },
  {
    name: 'the grant address passes on what the CMS says of a next on another host',
    host: PREVIEW,
    path: '/__preview/grant?grant=grant-for-dudley&next=//evil.example/',
    status: 400,
    headers: { location: null, 'set-cookie': null },
  },
  ...['/.//evil.example/', '/%2e//evil.example/', '/..//evil.example/'].map((next) => ({
    name: `the grant address hands the CMS next=${next} as sent, which resolves to another host and is refused`,
    host: PREVIEW,
    path: `/__preview/grant?grant=grant-for-dudley&next=${encodeURIComponent(next)}`,
    status: 400,
    headers: { location: null, 'set-cookie': null },
  })),
  {
    name: 'the grant address takes only GET and HEAD',
    host: PREVIEW,
    method: 'POST',
    path: '/__preview/grant?grant=grant-for-dudley&next=/',
    status: 405,
    headers: { 'set-cookie': null },
  },
  {
    name: 'a preview takes only GET and HEAD, and shows nothing to other methods',
    host: PREVIEW,
    method: 'POST',
    path: '/',
    status: 405,
    notBody: DRAFT,
  },
  {
    name: 'the live site has no grant address',
    path: '/__preview/grant?grant=grant-for-dudley&next=/',
    status: 404,
    headers: { 'set-cookie': null },
    body: /Dudley page not found/,
  },
  {
    name: 'a listed site without a release is a 404, not another site',
    host: 'walsall.localhost',
    path: '/',
    status: 404,
    notBody: /Dudley/,
  },
  {
    name: 'a bare localhost gets the index of sites',
    host: 'localhost:4321',
    path: '/',
    status: 200,
    headers: { ...PAGE, 'content-type': HTML },
    body: /href="http:\/\/dudley\.localhost:4321\/"/,
  },
  {
    name: 'an unknown host gets the index of sites',
    host: 'nobody.example',
    path: '/',
    status: 200,
    body: /Partner sites on this machine/,
  },
  { name: 'the index has no other pages', host: 'localhost', path: '/about/', status: 404, notBody: /Dudley/ },
];

/** Paths that have tricked static servers into redirecting elsewhere; a folder `evil.example/` exists to tempt them. */
export const OFF_SITE_ATTEMPTS = [
  '//evil.example/',
  '//evil.example',
  '/%2Fevil.example%2F..',
  '/%2Fevil.example',
  '/%2F%2Fevil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '/.//evil.example',
  '///evil.example',
  '//evil.example/%2e%2e',
];

function expectHeaders(response: SiteResponse, expected: Record<string, HeaderExpectation>) {
  for (const [name, value] of Object.entries(expected)) {
    const actual = response.headers[name];
    if (value === null) expect(actual, name).toBeUndefined();
    else if (value instanceof RegExp) expect(String(actual), name).toMatch(value);
    else expect(actual, name).toBe(value);
  }
}

export function describeServing(serverName: string, start: (options: StartOptions) => Promise<ServerUnderTest>) {
  describe(`${serverName} serving partner sites`, () => {
    let fixture: FixtureSites;
    let server: ServerUnderTest;
    let verifier: FakeGrantVerifier;
    const get = (options: { host?: string; path: string; method?: string; headers?: Record<string, string> }) =>
      siteRequest({ ...options, port: server.port, host: options.host ?? DUDLEY });

    beforeAll(async () => {
      fixture = await makeFixtureSites();
      await fixture.release({ slug: 'dudley', version: 'v1' });
      await fixture.release({ slug: 'dudley', version: 'draft', target: 'preview' });
      await fixture.release({ slug: 'sir-enghraifft', version: 'v1', files: bilingualReleaseFiles() });
      const indexRoot = path.join(fixture.dir, 'index');
      const indexHtml = renderSitesIndex(SITES, INDEX_ORIGIN_TEMPLATE);
      fs.mkdirSync(indexRoot);
      fs.writeFileSync(path.join(indexRoot, 'index.html'), indexHtml);
      verifier = await startFakeGrantVerifier();
      server = await start({ sitesDir: fixture.sitesDir, indexRoot, indexHtml, previewGrantsOrigin: verifier.origin });
    });

    afterAll(async () => {
      await server?.stop();
      await verifier?.stop();
      fixture?.cleanup();
    });

    it.each(CASES)(
      '$name: $path',
      async ({ host, path: requestPath, method = 'GET', requestHeaders, status, headers, body, notBody }) => {
        const response = await get({ host, path: requestPath, method, headers: requestHeaders });
        expect(response.status).toBe(status);
        if (headers) expectHeaders(response, headers);
        if (body) expect(response.body).toMatch(body);
        if (notBody) expect(response.body).not.toMatch(notBody);
      },
    );

    it.each(OFF_SITE_ATTEMPTS)('never redirects off-site: %s', async (attempt) => {
      const response = await get({ path: attempt });
      expect(response.headers.location, `Location ${response.headers.location}`).toSatisfy(sameSite(DUDLEY));
      expect(response.status).not.toBe(500);
    });

    it('refuses a preview when the CMS cannot be asked (fails closed), and serves it again once it can', async () => {
      verifier.unreachable = true;
      try {
        for (const requestPath of ['/', '/_astro/app.3f9a1c.js', '/__preview/grant?grant=grant-for-dudley&next=/']) {
          const response = await get({ host: PREVIEW, path: requestPath, headers: GRANTED });
          expect(response.status, requestPath).toBe(503);
          expect(response.headers['cache-control'], requestPath).toBe(NO_STORE_CACHE_CONTROL);
          expect(response.headers['set-cookie'], requestPath).toBeUndefined();
          expect(response.body, requestPath).not.toMatch(DRAFT);
          expect(response.body, requestPath).toMatch(/did not answer/);
        }
      } finally {
        verifier.unreachable = false;
      }
      expect((await get({ host: PREVIEW, path: '/', headers: GRANTED })).status).toBe(200);
    });

    it('asks the CMS about the grant cookie for the preview’s own site, passing nothing else of the browser’s', async () => {
      verifier.requests.length = 0;
      await get({
        host: PREVIEW,
        path: '/about/',
        headers: {
          ...GRANTED,
          authorization: 'Basic c2VjcmV0',
          'x-preview-site': 'walsall',
          'x-preview-https': 'true',
        },
      });
      const asked = verifier.requests.find((request) => request.path === '/api/preview-grants/verify');
      expect(asked?.headers['x-preview-site']).toBe('dudley');
      expect(asked?.headers['x-preview-https']).toBe('false');
      expect(asked?.headers.cookie).toBe(GRANTED.cookie);
      expect(asked?.headers.authorization).toBeUndefined();
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      const [head, full] = await Promise.all([get({ path: '/', method: 'HEAD' }), get({ path: '/' })]);
      expect(head.status).toBe(200);
      expect(head.rawLength).toBe(0);
      for (const name of ['content-type', 'content-length', 'etag', 'cache-control', 'content-security-policy'])
        expect(head.headers[name], name).toBe(full.headers[name]);
    });

    it('answers a matching If-None-Match with 304 and keeps the caching headers', async () => {
      const first = await get({ path: '/about/', headers: { 'accept-encoding': 'br' } });
      const again = await get({
        path: '/about/',
        headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) },
      });
      expect(again.status).toBe(304);
      expect(again.headers['cache-control']).toBe(REVALIDATE_CACHE_CONTROL);
      expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    });

    it('serves a new release on the very next request after the live link is swapped', async () => {
      const before = await get({ path: '/' });
      await fixture.release({
        slug: 'dudley',
        version: 'v2',
        files: {
          'index.html': '<!doctype html><title>v2</title><h1>Dudley home v2</h1>',
          '404.html': 'Dudley v2 not found',
        },
      });
      const after = await get({ path: '/' });
      expect(before.body).toMatch(/Dudley home v1/);
      expect(after.body).toMatch(/Dudley home v2/);
      // Pages only in the old release are gone with it.
      const gone = await get({ path: '/about/' });
      expect(gone.status).toBe(404);
      expect(gone.body).toMatch(/Dudley v2 not found/);
      // The new release has no precompressed files (too small): nothing of the old one's leaks in.
      const compressed = await get({ path: '/', headers: { 'accept-encoding': 'br' } });
      expect(compressed.headers['content-encoding']).toBeUndefined();
      expect(compressed.body).toMatch(/Dudley home v2/);
    });
  });
}
