import type { PayloadRequest } from 'payload';
import { documentShell } from '@bfp/page-shell/document';
import { html } from '@bfp/page-shell/html';
import type { CmsEnv } from '../../../env.ts';
import { partnerSiteOrigins } from '../../Partners/siteOrigins.ts';

/**
 * The partner site a form post is answered for (its links, and the enquiry's source): the origin the browser says it
 * posted from, or the one the CMS's own reply form carries, when that is one of the partner's own origins; otherwise
 * the partner's own domain. Nothing from the request is used unless it matches, so no page can link anywhere else.
 */
export function formReturnOrigin(
  req: PayloadRequest,
  partner: { slug: string; siteDomain: string },
  env: CmsEnv,
  sentSiteOrigin?: string,
): string {
  const allowed = partnerSiteOrigins(partner, env);
  const claimed = [req.headers.get('origin'), originOf(req.headers.get('referer')), sentSiteOrigin];
  return claimed.find((origin): origin is string => Boolean(origin && allowed.includes(origin))) ?? allowed[0]!;
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function seeOther(location: string, headers: Headers): Response {
  headers.set('Location', location);
  headers.set('Cache-Control', 'no-store');
  return new Response(null, { status: 303, headers });
}

/**
 * A minimal page for a form post that cannot be sent back to a partner site (unknown partner, too many attempts).
 * Everything interpolated is escaped; the page carries no script.
 */
export function plainPage({
  status,
  title,
  paragraphs,
  headers,
}: {
  status: number;
  title: string;
  paragraphs: string[];
  headers: Headers;
}): Response {
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  const body = documentShell({
    title,
    head: html`<style>body{font:1.1875rem/1.5 system-ui,sans-serif;max-width:38em;margin:2rem auto;padding:0 1rem;color:#0b0c0c}</style>`,
    main: html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}`,
  });
  return new Response(body, { status, headers });
}
