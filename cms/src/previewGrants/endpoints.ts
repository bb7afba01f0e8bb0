import type { Endpoint, PayloadRequest } from 'payload';
import { parseCookies } from 'payload/shared';
import {
  PREVIEW_GRANT_COOKIE,
  PREVIEW_GRANT_PARAM,
  PREVIEW_HTTPS_HEADER,
  PREVIEW_NEXT_PARAM,
  PREVIEW_SITE_HEADER,
} from '@bfp/static-host/preview-grants';
import { PREVIEW_REFUSED_HTML, PREVIEW_REFUSED_STATUS } from '@bfp/static-host/preview-refusal';
import { readPreviewGrant, type PreviewGrantClaims } from './grant.ts';
import { sameSitePath } from './sameSitePath.ts';

/**
 * The one verifier of preview grants. The static host (nginx's auth_request, or `npm start`'s server) relays
 * `/__preview/grant` to `accept` and asks `verify` before serving any file of a preview; it names the site in
 * X-Preview-Site, which decides only which site's grant is asked about, never whether it is valid.
 */
const noStore = { 'Cache-Control': 'no-store' };
const html = (status: number, body: string) =>
  new Response(body, { status, headers: { ...noStore, 'Content-Type': 'text/html; charset=utf-8' } });
const secretOf = (req: PayloadRequest) => req.payload.config.secret;

function grantCookie({
  grant,
  claims,
  secure,
}: {
  grant: string;
  claims: PreviewGrantClaims;
  secure: boolean;
}): string {
  const maxAge = Math.max(0, claims.expiresAt - Math.floor(Date.now() / 1000));
  // Host-only (no Domain): each preview host keeps its own; Lax still sends it on the editor's top-level navigation.
  return [
    `${PREVIEW_GRANT_COOKIE}=${grant}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    `Expires=${new Date(claims.expiresAt * 1000).toUTCString()}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** GET /api/preview-grants/accept?grant=…&next=/path/ — 303 to `next` with the grant as a cookie, or a refusal. */
export const acceptPreviewGrant: Endpoint = {
  path: '/preview-grants/accept',
  method: 'get',
  handler: (req) => {
    const site = req.headers.get(PREVIEW_SITE_HEADER);
    if (!site)
      return html(400, '<h1>Which preview?</h1><p>The static host did not say which site’s preview this is.</p>');
    const next = sameSitePath(req.searchParams.get(PREVIEW_NEXT_PARAM));
    if (!next)
      return html(
        400,
        '<h1>This preview link is not valid</h1><p>Open the preview again from the CMS with its <strong>Preview</strong> button.</p>',
      );
    const grant = req.searchParams.get(PREVIEW_GRANT_PARAM) ?? '';
    const claims = readPreviewGrant({ secret: secretOf(req), grant, site });
    if (!claims) return html(PREVIEW_REFUSED_STATUS, PREVIEW_REFUSED_HTML);
    req.payload.logger.info(`[preview] ${site}'s preview opened with a grant issued to user ${claims.userId}`);
    const secure = req.headers.get(PREVIEW_HTTPS_HEADER) === 'true';
    return new Response(null, {
      status: 303,
      headers: { ...noStore, Location: next, 'Set-Cookie': grantCookie({ grant, claims, secure }) },
    });
  },
};

/** GET /api/preview-grants/verify — 204 when the grant cookie opens this site's preview, 401 otherwise. */
export const verifyPreviewGrant: Endpoint = {
  path: '/preview-grants/verify',
  method: 'get',
  handler: (req) => {
    const site = req.headers.get(PREVIEW_SITE_HEADER);
    const claims = site
      ? readPreviewGrant({ secret: secretOf(req), grant: parseCookies(req.headers).get(PREVIEW_GRANT_COOKIE), site })
      : null;
    return new Response(null, { status: claims ? 204 : 401, headers: noStore });
  },
};

export const previewGrantEndpoints = [acceptPreviewGrant, verifyPreviewGrant];
