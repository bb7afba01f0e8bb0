/**
 * A small real HTTP server answering the CMS's preview-grant endpoints as the CMS does (cms/src/previewGrants), for
 * the static host's own tests: this package cannot depend on the CMS, which depends on it. It knows a fixed set of
 * grants instead of checking signatures; the CMS's own tests check those, and the end-to-end tests run both for real.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  PREVIEW_GRANT_ACCEPT_ENDPOINT,
  PREVIEW_GRANT_COOKIE,
  PREVIEW_GRANT_VERIFY_ENDPOINT,
  PREVIEW_HTTPS_HEADER,
  PREVIEW_SITE_HEADER,
} from '../src/previewGrants.ts';

/** Grant → the site it opens. */
export const FAKE_GRANTS: Readonly<Record<string, string>> = {
  'grant-for-dudley': 'dudley',
  'grant-for-walsall': 'walsall',
};
export const grantCookie = (grant: string) => `${PREVIEW_GRANT_COOKIE}=${grant}`;

export interface FakeGrantVerifier {
  origin: string;
  /** What the static host asked, newest last. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  /** While true every connection is dropped unanswered: the CMS cannot be reached. */
  unreachable: boolean;
  stop: () => Promise<void>;
}

function cookieGrant(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === PREVIEW_GRANT_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * The CMS's rule (cms/src/previewGrants/sameSitePath.ts) in short: judged on the path as a browser resolves it, so
 * `/.//evil.example/` (which resolves to `//evil.example/`) is refused like `//evil.example/` itself.
 */
function sameSitePath(next: string): string | null {
  if (!/^\/(?![/\\])/.test(next) || next.includes('\\')) return null;
  const url = new URL(next, 'http://preview.invalid');
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === 'http://preview.invalid' && /^\/(?![/\\])/.test(path) ? path : null;
}

export async function startFakeGrantVerifier(): Promise<FakeGrantVerifier> {
  const verifier: FakeGrantVerifier = { origin: '', requests: [], unreachable: false, stop: async () => {} };
  const server = http.createServer((req, res) => {
    if (verifier.unreachable) return void req.socket.destroy();
    const url = new URL(req.url ?? '/', 'http://cms.invalid');
    verifier.requests.push({ path: `${url.pathname}${url.search}`, headers: req.headers });
    const site = req.headers[PREVIEW_SITE_HEADER.toLowerCase()];
    const noStore = { 'Cache-Control': 'no-store' };
    if (req.method === 'GET' && url.pathname === PREVIEW_GRANT_VERIFY_ENDPOINT) {
      const grant = cookieGrant(req.headers.cookie);
      return void res.writeHead(grant && FAKE_GRANTS[grant] === site ? 204 : 401, noStore).end();
    }
    if (req.method === 'GET' && url.pathname === PREVIEW_GRANT_ACCEPT_ENDPOINT) {
      const grant = url.searchParams.get('grant') ?? '';
      const next = url.searchParams.get('next') ?? '';
      if (!sameSitePath(next))
        return void res
          .writeHead(400, { ...noStore, 'Content-Type': 'text/html; charset=utf-8' })
          .end('<h1>This preview link is not valid</h1>');
      if (FAKE_GRANTS[grant] !== site)
        return void res
          .writeHead(401, { ...noStore, 'Content-Type': 'text/html; charset=utf-8' })
          .end('<h1>This preview is private</h1>');
      const secure = req.headers[PREVIEW_HTTPS_HEADER.toLowerCase()] === 'true' ? '; Secure' : '';
      // Headers the static host must replace with its own rather than send twice.
      return void res
        .writeHead(303, {
          ...noStore,
          'X-Robots-Tag': 'all',
          Location: sameSitePath(next)!,
          'Set-Cookie': `${grantCookie(grant)}; Path=/; Max-Age=900; HttpOnly; SameSite=Lax${secure}`,
        })
        .end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  verifier.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  verifier.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return verifier;
}
