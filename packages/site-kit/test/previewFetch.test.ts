import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { sendPreviewTokenToCms } from '../src/previewFetch.ts';

/** Two loopback servers on different ports, so on different origins: the CMS and some other host. */
async function recordingServer() {
  const seen: Array<{ path: string; authorization?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    if (req.url === '/moved') return void res.writeHead(302, { Location: '/api/media/file/draft.png' }).end();
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    seen,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const original = globalThis.fetch;
let cms: Awaited<ReturnType<typeof recordingServer>>;
let elsewhere: Awaited<ReturnType<typeof recordingServer>>;
beforeAll(async () => {
  [cms, elsewhere] = await Promise.all([recordingServer(), recordingServer()]);
});
afterEach(() => {
  globalThis.fetch = original;
  cms.seen.length = elsewhere.seen.length = 0;
});
afterAll(async () => {
  await Promise.all([cms?.stop(), elsewhere?.stop()]);
});

it("sends the editor's token with every request to the CMS's origin, as Astro's image pipeline makes them", async () => {
  sendPreviewTokenToCms({ cmsUrl: `${cms.origin}/`, token: 'editor-token' });
  // Astro's fetchWithRedirects: a Request, redirect handled by hand, then the target fetched the same way.
  const first = await fetch(new Request(`${cms.origin}/moved`), { redirect: 'manual' });
  expect(first.status).toBe(302);
  await fetch(new Request(new URL(first.headers.get('location')!, cms.origin)), { redirect: 'manual' });
  await fetch(`${cms.origin}/api/media/file/other.png`);
  expect(cms.seen).toEqual([
    { path: '/moved', authorization: 'JWT editor-token' },
    { path: '/api/media/file/draft.png', authorization: 'JWT editor-token' },
    { path: '/api/media/file/other.png', authorization: 'JWT editor-token' },
  ]);
});

it('never sends the token to another host', async () => {
  sendPreviewTokenToCms({ cmsUrl: cms.origin, token: 'editor-token' });
  await fetch(`${elsewhere.origin}/image.png`);
  await fetch(new Request(`${elsewhere.origin}/image.png`));
  expect(elsewhere.seen.map((request) => request.authorization)).toEqual([undefined, undefined]);
});

it('leaves a request that already says who it is alone, and wraps fetch only once', async () => {
  sendPreviewTokenToCms({ cmsUrl: cms.origin, token: 'editor-token' });
  sendPreviewTokenToCms({ cmsUrl: cms.origin, token: 'another-token' });
  await fetch(`${cms.origin}/api/stories`, { headers: { Authorization: 'JWT loader-token' } });
  await fetch(`${cms.origin}/api/stories`);
  expect(cms.seen.map((request) => request.authorization)).toEqual(['JWT loader-token', 'JWT editor-token']);
});
