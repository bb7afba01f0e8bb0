/**
 * The Node server of `npm start`: every partner site on one port, chosen by Host as nginx chooses its server block,
 * with the same headers, types and precompressed files (headers.ts). sirv sends the files.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { DEFAULT_LANGUAGE, languageOfPath, notFoundPagePath } from '@bfp/eligibility';
import { PRECOMPRESSED_ENCODINGS, contentTypeFor, responseHeaders, type ServingOptions } from './headers.ts';
import { previewGate } from './previewGate.ts';
import { encodePathname, parseRequestTarget } from './requestTarget.ts';
import { siteForHost, type SiteAddress } from './siteHosts.ts';

export interface StaticSitesServerOptions {
  port: number;
  host?: string;
  /** Holds `live/<slug>` and `preview/<slug>`, each a symlink to a release folder. */
  sitesDir: string;
  /** Asked on every request, so a partner added while the server runs is served at once. */
  sites: () => readonly SiteAddress[];
  cmsOrigin: string;
  /** Where this server asks the CMS about preview grants (default cmsOrigin): the CMS as this machine reaches it. */
  previewGrantsOrigin?: string;
  https?: boolean;
  /** The page for a bare host or one no site claims (see renderSitesIndex). */
  indexHtml: () => string;
}

export interface StaticSitesServer {
  server: http.Server;
  /** Where the index of sites answers, e.g. http://127.0.0.1:4321. */
  url: string;
  stop: () => Promise<void>;
}

type Headers = Record<string, string | number | string[]>;

function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Headers,
  body: string | Buffer = '',
) {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A short plain-text answer for the cases no site page covers. */
function sendText(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Headers,
  message: string,
) {
  send(req, res, status, { ...headers, 'Content-Type': contentTypeFor('message.txt') }, `${message}\n`);
}

/** sirv picks an encoding the same way (a substring test); the 404 page is sent here, so it must agree. */
function precompressedVariant(req: http.IncomingMessage, file: string): { file: string; encoding?: string } {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  for (const { encoding, suffix } of PRECOMPRESSED_ENCODINGS) {
    if (accepted.includes(encoding) && fs.existsSync(file + suffix)) return { file: file + suffix, encoding };
  }
  return { file };
}

const isFile = (file: string) =>
  fs.promises.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );

/** The 404 page of the address's language, or the English one where the site has no page in that language. */
async function notFoundPage(req: http.IncomingMessage, release: string, pathname: string) {
  const inLanguage = notFoundPagePath(languageOfPath(pathname));
  for (const page of new Set([inLanguage, notFoundPagePath(DEFAULT_LANGUAGE)])) {
    const file = path.join(release, page);
    if (await isFile(file)) return precompressedVariant(req, file);
  }
  return null;
}

/**
 * One sirv handler per release folder. Out of dev mode sirv lists a folder's files once, which is right for a release
 * (immutable once live); the live link is resolved on every request, so a swapped release gets a new handler and the
 * old one is dropped with its file list.
 */
function releaseHandlers() {
  const byLink = new Map<string, { release: string; serve: ReturnType<typeof sirv> }>();
  return async (link: string) => {
    const release = await fs.promises.realpath(link).catch(() => null);
    if (
      !release ||
      !(await fs.promises.stat(release).then(
        (stat) => stat.isDirectory(),
        () => false,
      ))
    ) {
      byLink.delete(link);
      return null;
    }
    const known = byLink.get(link);
    if (known?.release === release) return known;
    const handler = {
      release,
      serve: sirv(release, { etag: true, brotli: true, gzip: true, extensions: [], dotfiles: false }),
    };
    byLink.set(link, handler);
    return handler;
  };
}

/** `page.html.br` is a representation of `page.html`, not a page: nginx answers 404 for it too. */
const isPrecompressedSibling = (file: string) => PRECOMPRESSED_ENCODINGS.some(({ suffix }) => file.endsWith(suffix));

/** Resolves true when the release has no such file (nothing was sent). */
function serveFromRelease({
  req,
  res,
  handler,
  file,
  search,
  headers,
}: {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  handler: { serve: ReturnType<typeof sirv> };
  file: string;
  search: string;
  headers: Record<string, string>;
}): Promise<boolean> {
  // sirv keeps headers already set (and this Content-Type over its own guess), also on its 304s.
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', contentTypeFor(file));
  // sirv pipes a read stream it never listens to: a file gone since the release was listed must not crash us.
  res.once('pipe', (source: Readable) => source.once('error', () => res.destroy()));
  req.url = encodePathname(file) + search;
  return new Promise<boolean>((resolve) => {
    // sirv looks a file up synchronously and calls `next` before returning when it has none.
    handler.serve(req, res, () => {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      resolve(true);
    });
    resolve(false);
  });
}

export async function startStaticSitesServer({
  port,
  host = '127.0.0.1',
  sitesDir,
  sites,
  cmsOrigin,
  previewGrantsOrigin = cmsOrigin,
  https = false,
  indexHtml,
}: StaticSitesServerOptions): Promise<StaticSitesServer> {
  const handlerFor = releaseHandlers();

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const site = siteForHost(req.headers.host, sites());
    const serving: ServingOptions = { cmsOrigin, https, preview: site?.preview ?? false };
    const target = parseRequestTarget(req.url);
    const pageHeaders = responseHeaders('/', serving);
    if (!target) return sendText(req, res, 400, pageHeaders, 'Bad request: the address is malformed.');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(req, res, 405, { ...pageHeaders, Allow: 'GET, HEAD' }, 'Only GET and HEAD are answered here.');
    if (!site) {
      if (target.pathname === '/')
        return send(req, res, 200, { ...pageHeaders, 'Content-Type': contentTypeFor('index.html') }, indexHtml());
      return sendText(req, res, 404, pageHeaders, 'No partner site answers to this host name.');
    }
    if (site.preview) {
      const gate = await previewGate({
        req,
        pathname: target.pathname,
        search: target.search,
        site: site.slug,
        grantsOrigin: previewGrantsOrigin,
        https,
      });
      if (!gate.allow) return send(req, res, gate.status, { ...pageHeaders, ...gate.headers }, gate.body);
    }
    const link = path.join(sitesDir, site.preview ? 'preview' : 'live', site.slug);
    const handler = await handlerFor(link);
    if (!handler)
      return sendText(
        req,
        res,
        404,
        pageHeaders,
        `Site "${site.slug}" has no ${site.preview ? 'preview' : 'live'} release here yet.`,
      );

    const file = target.pathname.endsWith('/') ? `${target.pathname}index.html` : target.pathname;
    const missed =
      isPrecompressedSibling(file) ||
      (await serveFromRelease({
        req,
        res,
        handler,
        file,
        search: target.search,
        headers: responseHeaders(file, serving),
      }));
    if (!missed) return;
    const onDisk = path.join(handler.release, target.pathname);
    if (
      !target.pathname.endsWith('/') &&
      (await fs.promises.stat(onDisk).then(
        (stat) => stat.isDirectory(),
        () => false,
      ))
    ) {
      // Relative and built from the normalised path, so it can only name a page of this site.
      return send(req, res, 301, {
        ...responseHeaders(target.pathname, serving),
        Location: `${encodePathname(`${target.pathname}/`)}${target.search}`,
      });
    }
    const notFound = await notFoundPage(req, handler.release, target.pathname);
    const body = notFound ? await fs.promises.readFile(notFound.file).catch(() => null) : null;
    if (!notFound || !body) return sendText(req, res, 404, responseHeaders('/404.html', serving), 'Not found.');
    send(
      req,
      res,
      404,
      {
        ...responseHeaders('/404.html', serving),
        'Content-Type': contentTypeFor('404.html'),
        Vary: 'Accept-Encoding',
        ...(notFound.encoding ? { 'Content-Encoding': notFound.encoding } : {}),
      },
      body,
    );
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else
        sendText(req, res, 500, responseHeaders('/', { cmsOrigin, https }), 'Something went wrong serving this page.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
