import type { Runtime } from '../env.ts';

/**
 * Headers on every response of a CMS web instance. The admin may be framed only by the CMS itself (Payload's own
 * previews), never by another site (clickjacking); browsers must not guess content types; other sites see only the
 * CMS's origin as referrer. HSTS only in production, which is served over https only: on http://localhost it would
 * be ignored, and it must never stick to a developer's localhost.
 */
export function securityHeaders(runtime: Runtime): Record<string, string> {
  return {
    'Content-Security-Policy': "frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(runtime === 'production' ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * Whether a response may hold personal data, and so must never be kept by a browser or a proxy: everything of the API
 * (enquiries, users, the data-protection log, GraphQL, jobs holding tokens) and of the admin. Uploaded images are the
 * exception: they are public once in use, and the admin shows them often.
 */
export function mayHoldPersonalData(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  if (pathname.startsWith('/api/media/file/')) return false;
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/admin' || pathname.startsWith('/admin/');
}
