import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE_CACHE_CONTROL,
  REVALIDATE_CACHE_CONTROL,
  cacheControlFor,
  contentTypeFor,
  responseHeaders,
  securityHeaders,
} from '../src/headers.ts';

const cmsOrigin = 'https://cms.example.org/some/path';

describe('cacheControlFor', () => {
  it('caches hashed assets for a year, immutable', () => {
    expect(cacheControlFor('/_astro/app.3f9a1c.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/_astro/fonts/inter.woff2')).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it('makes pages and every other file revalidate', () => {
    for (const pathname of [
      '/',
      '/about/',
      '/about/index.html',
      '/404.html',
      '/logo.png',
      '/manifest.webmanifest',
      '/_astro',
      '/x/_astro/a.js',
    ]) {
      expect(cacheControlFor(pathname), pathname).toBe('public, max-age=0, must-revalidate');
    }
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only over https', () => {
    expect(securityHeaders({ cmsOrigin })).not.toHaveProperty('Strict-Transport-Security');
    expect(securityHeaders({ cmsOrigin, https: true })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it("forbids framing and lets connections and form posts reach only the site and the CMS's origin", () => {
    const csp = securityHeaders({ cmsOrigin })['Content-Security-Policy']!;
    const directives = csp.split('; ');
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("connect-src 'self' https://cms.example.org");
    expect(directives).toContain("form-action 'self' https://cms.example.org");
    // The page's meta CSP carries the build's hashes; these in the header would block them.
    expect(csp).not.toMatch(/(^|; )(default-src|script-src|style-src) /);
  });

  it('upgrades insecure sub-resources only over https', () => {
    expect(securityHeaders({ cmsOrigin })['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    expect(securityHeaders({ cmsOrigin, https: true })['Content-Security-Policy']).toContain(
      'upgrade-insecure-requests',
    );
  });

  it('denies powerful features in valid Permissions-Policy syntax', () => {
    const policy = securityHeaders({ cmsOrigin })['Permissions-Policy']!;
    const entries = policy.split(', ');
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'interest-cohort',
      'browsing-topics',
    ])
      expect(entries).toContain(`${feature}=()`);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('sends the fixed hardening headers', () => {
    expect(securityHeaders({ cmsOrigin })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});

describe('responseHeaders', () => {
  it('combines the cache rule of the path with the security headers', () => {
    expect(responseHeaders('/_astro/a.js', { cmsOrigin })).toEqual({
      'Cache-Control': IMMUTABLE_CACHE_CONTROL,
      ...securityHeaders({ cmsOrigin }),
    });
    expect(responseHeaders('/', { cmsOrigin, https: true })).toEqual({
      'Cache-Control': REVALIDATE_CACHE_CONTROL,
      ...securityHeaders({ cmsOrigin, https: true }),
    });
  });

  it('keeps previews out of search engines', () => {
    expect(responseHeaders('/', { cmsOrigin, preview: true })['X-Robots-Tag']).toBe('noindex');
    expect(responseHeaders('/', { cmsOrigin })).not.toHaveProperty('X-Robots-Tag');
  });

  it('lets no cache keep a preview, not even its hashed assets', () => {
    for (const pathname of ['/', '/_astro/a.js', '/404.html'])
      expect(responseHeaders(pathname, { cmsOrigin, preview: true })['Cache-Control'], pathname).toBe('no-store');
  });
});

describe('contentTypeFor', () => {
  it('gives text formats a UTF-8 charset and binary formats none', () => {
    expect(contentTypeFor('/about/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/_astro/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/site.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('/logo.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(contentTypeFor('/photo.avif')).toBe('image/avif');
  });

  it('falls back to octet-stream for unknown or missing extensions and dotfiles', () => {
    expect(contentTypeFor('/download.xyz')).toBe('application/octet-stream');
    expect(contentTypeFor('/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/.html')).toBe('application/octet-stream');
  });
});
