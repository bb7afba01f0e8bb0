import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LiveSites } from './liveSites.ts';

export interface SitesServerOptions {
  /** Where each site's served folder is. */
  sites: Pick<LiveSites, 'liveDir' | 'previewDir'>;
  /** The partner sites to list on the index page. */
  listSlugs: () => readonly string[];
  port: number;
  host?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * "dudley.localhost:4321" → the Dudley site; "preview-dudley.localhost" → Dudley's preview build; a bare "localhost"
 * or an IP → null (the index of sites).
 */
export function siteFromHost(host: string | undefined): { slug: string; preview: boolean } | null {
  const name = (host ?? '').split(':')[0]!.toLowerCase();
  const match = /^(preview-)?([a-z0-9-]+)\.localhost$/.exec(name);
  return match ? { slug: match[2]!, preview: Boolean(match[1]) } : null;
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}

function indexPage(slugs: readonly string[], port: number): string {
  const items = slugs.map((slug) => `<li><a href="http://${slug}.localhost:${port}/">${slug}.localhost:${port}</a></li>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Partner sites</title></head><body><main><h1>Partner sites on this machine</h1><ul>${items}</ul></main></body></html>`;
}

/**
 * Serves every built partner site from one port, choosing the site by Host header as a CDN would by domain. Files are
 * read per request, so a rebuilt site is live as soon as its folder is replaced.
 */
export function startSitesServer({ sites, listSlugs, port, host = '127.0.0.1' }: SitesServerOptions): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const site = siteFromHost(req.headers.host);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (site === null) {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']! }).end(indexPage(listSlugs(), port));
      return;
    }
    const root = site.preview ? sites.previewDir(site.slug) : sites.liveDir(site.slug);
    if (!(await fs.stat(root).then(() => true, () => false))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No ${site.preview ? 'preview of the ' : ''}partner site called "${site.slug}" on this machine.`);
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(root, `.${pathname}`);
    // Refuse anything that escapes the site's folder (../ in the path).
    if (!file.startsWith(path.resolve(root) + path.sep) && file !== path.resolve(root)) {
      res.writeHead(400).end();
      return;
    }
    const candidates = pathname.endsWith('/') ? [path.join(file, 'index.html')] : [file, path.join(file, 'index.html')];
    for (const candidate of candidates) {
      const body = await readIfFile(candidate);
      if (body) {
        if (candidate !== file && !pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        const type = CONTENT_TYPES[path.extname(candidate)] ?? 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
    }
    const notFound = await readIfFile(path.join(root, '404.html'));
    res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! }).end(notFound ?? 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
