import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startStaticSitesServer, type StaticSitesServer } from '../src/server.ts';
import { CMS_ORIGIN, SITES, makeFixtureSites, type FixtureSites } from './fixtureSites.ts';
import { describeServing } from './servingBehaviours.ts';
import { siteRequest } from './siteRequest.ts';

describeServing('the Node server', async ({ sitesDir, indexHtml, previewGrantsOrigin }) => {
  const started = await startStaticSitesServer({
    port: 0,
    sitesDir,
    sites: () => SITES,
    cmsOrigin: CMS_ORIGIN,
    previewGrantsOrigin,
    indexHtml: () => indexHtml,
  });
  return { port: Number(new URL(started.url).port), stop: started.stop };
});

let fixture: FixtureSites | undefined;
let server: StaticSitesServer | undefined;
afterEach(async () => {
  await server?.stop();
  fixture?.cleanup();
  server = fixture = undefined;
});

async function startOnFixture(options: { https?: boolean } = {}) {
  fixture = await makeFixtureSites();
  await fixture.release({ slug: 'dudley', version: 'v1' });
  server = await startStaticSitesServer({
    port: 0,
    sitesDir: fixture.sitesDir,
    sites: () => SITES,
    cmsOrigin: CMS_ORIGIN,
    indexHtml: () => 'index',
    ...options,
  });
  return { port: Number(new URL(server.url).port), fixture };
}

/** Bytes straight onto the socket: requests http.request would refuse to send. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });
}

it('sends HSTS on every response when the sites are reached over https', async () => {
  const { port } = await startOnFixture({ https: true });
  for (const requestPath of ['/', '/_astro/app.3f9a1c.js', '/no-such-page/', '/about', '/%E0%A4%A']) {
    const response = await siteRequest({ port, host: 'dudley.localhost', path: requestPath });
    expect(response.headers['strict-transport-security'], requestPath).toBe('max-age=31536000; includeSubDomains');
  }
});

it('keeps serving after requests that are malformed at every level', async () => {
  const { port } = await startOnFixture();
  const answers = await Promise.all(
    [
      'GET /%E0%A4%A HTTP/1.1\r\nHost: dudley.localhost\r\n\r\n',
      'GET http://evil.example/ HTTP/1.1\r\nHost: dudley.localhost\r\n\r\n',
      'GET * HTTP/1.1\r\nHost: dudley.localhost\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: \u00ff\u00fe\r\n\r\n',
      'GET /\u00e9\u0000 HTTP/1.1\r\nHost: dudley.localhost\r\n\r\n',
      'NONSENSE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: dudley.localhost\r\nContent-Length: -1\r\n\r\n',
    ].map((text) => rawRequest(port, text)),
  );
  expect(answers[0]).toMatch(/^HTTP\/1\.1 400 /);
  expect(answers[1]).toMatch(/^HTTP\/1\.1 400 /);
  expect((await siteRequest({ port, host: 'dudley.localhost', path: '/' })).status).toBe(200);
});

it('answers without crashing when a file vanished from a release after it was listed', async () => {
  const { port, fixture } = await startOnFixture();
  expect((await siteRequest({ port, host: 'dudley.localhost', path: '/about/' })).status).toBe(200);
  // A release is immutable once live; this is the case where something broke that rule.
  const release = fs.realpathSync(path.join(fixture.sitesDir, 'live', 'dudley'));
  fs.rmSync(path.join(release, 'about', 'index.html'));
  await expect(siteRequest({ port, host: 'dudley.localhost', path: '/about/' })).rejects.toThrow(
    /socket hang up|ECONNRESET/,
  );
  expect((await siteRequest({ port, host: 'dudley.localhost', path: '/' })).status).toBe(200);
});

it('reads the list of sites on every request, so a partner added later is served at once', async () => {
  fixture = await makeFixtureSites();
  await fixture.release({ slug: 'dudley', version: 'v1' });
  const sites = [{ slug: 'dudley', serverNames: ['old-name.localhost'] }];
  server = await startStaticSitesServer({
    port: 0,
    sitesDir: fixture.sitesDir,
    sites: () => sites,
    cmsOrigin: CMS_ORIGIN,
    indexHtml: () => 'index',
  });
  const port = Number(new URL(server.url).port);
  expect((await siteRequest({ port, host: 'dudley.localhost', path: '/' })).body).toBe('index');
  sites[0] = { slug: 'dudley', serverNames: ['dudley.localhost'] };
  expect((await siteRequest({ port, host: 'dudley.localhost', path: '/' })).body).toMatch(/Dudley home v1/);
});

it('says where it listens and frees the port on stop', async () => {
  const { port } = await startOnFixture();
  expect(server!.url).toBe(`http://127.0.0.1:${port}`);
  await server!.stop();
  server = undefined;
  await expect(siteRequest({ port, host: 'dudley.localhost', path: '/' })).rejects.toThrow(/ECONNREFUSED/);
});
