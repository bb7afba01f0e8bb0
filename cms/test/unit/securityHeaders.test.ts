import { describe, expect, it } from 'vitest';
import { mayHoldPersonalData, securityHeaders } from '../../src/server/securityHeaders.ts';

describe('CMS response headers', () => {
  it('forbid framing by other sites and content sniffing, everywhere', () => {
    for (const runtime of ['local', 'test', 'production'] as const) {
      expect(securityHeaders(runtime)).toMatchObject({
        'Content-Security-Policy': "frame-ancestors 'self'",
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    }
  });

  it('send HSTS in production only', () => {
    expect(securityHeaders('production')['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders('local')).not.toHaveProperty('Strict-Transport-Security');
  });

  it('treat the API and the admin as holding personal data, uploaded images as not', () => {
    for (const url of [
      '/api/enquiries',
      '/api/enquiries/export.csv?x=1',
      '/api/users/me',
      '/api/graphql',
      '/api/payload-jobs',
      '/admin',
      '/admin/collections/enquiries/1',
    ]) {
      expect(mayHoldPersonalData(url), url).toBe(true);
    }
    for (const url of ['/api/media/file/logo.png', '/_next/static/chunks/app.js', '/favicon.ico', '/administrator'])
      expect(mayHoldPersonalData(url), url).toBe(false);
  });
});
