import crypto from 'node:crypto';
import http from 'node:http';
import type { SiteManifest } from '@bfp/fleet-build/split';

/** At most this many changed pages are fetched back per site, besides its home page. */
const PAGES_CHECKED = 10;
const PATIENCE_MS = 8_000;

/** The URL a built file is served at: pages are folders with a trailing slash. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * The body the host answers for a path, uncompressed. Node cannot resolve *.localhost names (FACTS.md), so those go
 * to loopback with the name in the Host header, as a browser would send it.
 */
async function fetchBody(url: URL): Promise<{ status: number; body: Buffer }> {
  if (!url.hostname.endsWith('.localhost') && url.hostname !== 'localhost') {
    const response = await fetch(url, {
      headers: { 'Accept-Encoding': 'identity' },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  }
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: url.port || 80,
        path: url.pathname + url.search,
        headers: { host: url.host, 'accept-encoding': 'identity' },
        timeout: 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

/**
 * Proves a deploy reached the host: the home page and the changed pages must answer 200 with exactly the bytes the
 * build made (their content hash). Resolves to null when they do, or to what is wrong. The host is given a few
 * seconds, for a server block that was just added and a reload still taking effect.
 */
export async function verifyDeploy({
  siteUrl,
  manifest,
  changed,
  patienceMs = PATIENCE_MS,
}: {
  siteUrl: string;
  manifest: SiteManifest;
  changed: string[];
  patienceMs?: number;
}): Promise<string | null> {
  const pages = [
    'index.html',
    ...changed
      .filter((file) => file.endsWith('.html') && file !== 'index.html' && file !== '404.html')
      .slice(0, PAGES_CHECKED),
  ];
  const deadline = Date.now() + patienceMs;
  let problem: string | null = null;
  do {
    problem = null;
    for (const file of pages) {
      const url = new URL(urlPathOf(file), siteUrl);
      try {
        const { status, body } = await fetchBody(url);
        const hash = crypto.createHash('sha256').update(body).digest('hex');
        if (status !== 200) problem = `${url.href} answered ${status}`;
        else if (hash !== manifest[file])
          problem = `${url.href} is not the page just built (the host serves other content)`;
      } catch (error) {
        problem = `${url.href} could not be fetched: ${(error as Error).message}`;
      }
      if (problem) break;
    }
    if (problem) await new Promise((resolve) => setTimeout(resolve, 250));
  } while (problem && Date.now() < deadline);
  return problem;
}
