/**
 * How every response of a partner site is dressed, defined once: nginx's config is rendered from these values
 * (nginxSites.ts) and `npm start`'s Node server applies them (server.ts), so the two cannot drift apart.
 */
import { headerCsp, type SitePolicyOptions } from './policy.ts';

/** Astro puts every content-hashed file here: a changed file gets a new name, so a cached copy is never stale. */
export const HASHED_ASSETS_PREFIX = '/_astro/';

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Pages keep their URL across releases: caches may keep a copy but must ask (ETag / Last-Modified) before using it. */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** Previews hold an editor's drafts and are served only to a granted browser: no cache, shared or private, keeps them. */
export const NO_STORE_CACHE_CONTROL = 'no-store';

export const cacheControlFor = (pathname: string): string =>
  pathname.startsWith(HASHED_ASSETS_PREFIX) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;

/** Precompressed siblings (`page.html.br`, `page.html.gz`), in the order a server prefers them. */
export const PRECOMPRESSED_ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** Text formats worth compressing; images, fonts and video are compressed by their own format already. */
export const COMPRESSIBLE_EXTENSIONS = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'webmanifest',
  'svg',
  'xml',
  'txt',
  'ico',
] as const;

/**
 * The MIME type of every extension a site ships, for both servers: Debian's /etc/nginx/mime.types knows neither `mjs`
 * nor `webmanifest` and says `application/javascript` where Node's libraries say `text/javascript`.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  txt: 'text/plain',
  ico: 'image/x-icon',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** Sent with `; charset=utf-8`: Astro writes UTF-8, and a page without a declared charset may be sniffed wrongly. */
export const UTF8_CONTENT_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'application/json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
] as const;

export function contentTypeFor(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const type = (dot > 0 && CONTENT_TYPES[name.slice(dot + 1).toLowerCase()]) || DEFAULT_CONTENT_TYPE;
  return (UTF8_CONTENT_TYPES as readonly string[]).includes(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Features no partner site uses: denied so an injected script or a framed third party cannot ask for them either.
 * Only names Chromium knows: an unknown one (Chromium 156 rejects 'bluetooth', 'battery', 'document-domain',
 * 'web-share', 'ambient-light-sensor') logs a console warning on every page. The browser test guards this list.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

export function securityHeaders({ cmsOrigin, https = false }: SitePolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': headerCsp({ cmsOrigin, https }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Over plain http a browser ignores it, and on localhost it would pin every *.localhost port to https.
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export interface ServingOptions extends SitePolicyOptions {
  /** A preview build (drafts included): never stored by a cache, never indexed even if its address leaks. */
  preview?: boolean;
}

/** Every header a response at `pathname` carries besides the ones that describe its body (type, length, ETag …). */
export function responseHeaders(
  pathname: string,
  { preview = false, ...policy }: ServingOptions,
): Record<string, string> {
  return {
    'Cache-Control': preview ? NO_STORE_CACHE_CONTROL : cacheControlFor(pathname),
    ...securityHeaders(policy),
    ...(preview ? { 'X-Robots-Tag': 'noindex' } : {}),
  };
}
