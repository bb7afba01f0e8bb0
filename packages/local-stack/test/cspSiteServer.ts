import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headerCsp } from '@bfp/static-host/policy';
import { hostName } from '@bfp/static-host/site-hosts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function read(file: string): Promise<Buffer | null> {
  return fs.readFile(file).catch(() => null);
}

export interface CspSiteServer {
  close: () => void;
  /** Sends the context's requests for `http://<slug>.localhost:<port>/` to this server instead. */
  serve: (context: BrowserContext, port: number) => Promise<void>;
}

/**
 * Built partner sites served as production serves them: every response carries the header half of the policy
 * (`headerCsp`) beside each page's own meta half. Browsers reach it under the sites' real *.localhost names, so the
 * CMS's CORS (which names those origins) and the links between sites behave as they do live.
 */
export async function startCspSiteServer({
  siteDirs,
  cmsOrigin,
}: {
  siteDirs: Record<string, string>;
  cmsOrigin: string;
}): Promise<CspSiteServer> {
  const policy = headerCsp({ cmsOrigin });
  const server = http.createServer(async (req, res) => {
    const root = siteDirs[/^([a-z0-9-]+)\.localhost$/.exec(hostName(req.headers.host))?.[1] ?? ''];
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = root && path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const body = file && file.startsWith(root) ? await read(file) : null;
    const found = body ?? (root ? await read(path.join(root, '404.html')) : null);
    const type = body ? (TYPES[path.extname(file!)] ?? 'application/octet-stream') : TYPES['.html']!;
    res
      .writeHead(body ? 200 : 404, { 'Content-Type': type, 'Content-Security-Policy': policy })
      .end(found ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: ownPort } = server.address() as AddressInfo;

  const fetchFromServer = (url: URL) =>
    new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: ownPort, path: url.pathname + url.search, headers: { host: url.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers as Record<string, string>,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    });

  return {
    close: () => server.close(),
    serve: async (context, port) => {
      await context.route(new RegExp(`^http://[a-z0-9-]+\\.localhost:${port}/`), async (route) => {
        const { status, headers, body } = await fetchFromServer(new URL(route.request().url()));
        await route.fulfill({ status, headers, body });
      });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Every CSP violation so far: the page's own events and what Chromium logs (the only record without JavaScript). */
  violations: () => Promise<string[]>;
}

/** A page in a fresh context whose sites come from `server`, with every CSP violation recorded. */
export async function openWithPolicy({
  browser,
  server,
  port,
  javaScriptEnabled = true,
}: {
  browser: Browser;
  server: CspSiteServer;
  port: number;
  javaScriptEnabled?: boolean;
}): Promise<WatchedPage> {
  // A routed page has no address of its own, so Chromium counts it as public and refuses its requests to the
  // loopback CMS (Local Network Access). Live, both are public; served from this machine, both are loopback.
  const context = await browser.newContext({ javaScriptEnabled, permissions: ['local-network-access'] });
  await server.serve(context, port);
  // Before any of the page's own code, so nothing the page does first goes unseen.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} ${e.sample}`),
    );
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  const events = () =>
    javaScriptEnabled
      ? page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
      : Promise.resolve([]);
  return { page, violations: async () => [...logged, ...(await events())] };
}
