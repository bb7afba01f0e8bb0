import { createHash } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import { partnerBrandStyle, partnerDocument } from '@bfp/page-shell';
import { html, type Html } from '@bfp/page-shell/html';
import type { Language } from '@bfp/eligibility';
import type { Media, Partner } from '../../../payload-types.ts';
import { REPLY_STYLESHEET_PATH } from './theme.ts';

/** The site-kit header shows the logo 3rem (48 px) tall. */
const LOGO_HEIGHT = 48;

export interface PartnerPageOptions {
  req: PayloadRequest;
  status: number;
  partner: Partner;
  /** The partner site the carer came from: every link on the page goes back there. */
  siteOrigin: string;
  title: string;
  main: Html;
  headers: Headers;
  /** The language of the page the carer came from: `lang` on the page and the shell's words. */
  language?: Language;
}

/**
 * A page in the partner's branding, for the replies to the plain (no-JavaScript) form: the same stylesheets, brand
 * colours, logo, lockup and footer as the partner's site. It holds what the carer typed, so it is never stored
 * (no-store), carries no script, and its CSP allows only the theme's stylesheet, its own inline brand colours, its
 * logo and posting back here.
 */
export async function partnerPage({
  req,
  status,
  partner,
  siteOrigin,
  title,
  main,
  headers,
  language,
}: PartnerPageOptions): Promise<Response> {
  const style = partnerBrandStyle(partner);
  const logo = await logoOf(req, partner);
  // Payload gives media absolute URLs (from CMS_URL, or the object store's), which need not be this page's origin.
  const logoOrigin = logo && /^https?:\/\//.test(logo.src) ? ` ${new URL(logo.src).origin}` : '';
  // The shell is the partner site's own (@bfp/page-shell), with every link pointing back at the site.
  const page = partnerDocument({
    partner,
    title,
    logo,
    siteOrigin,
    noindex: true,
    headExtra: html`<link rel="stylesheet" href="/api/enquiries${REPLY_STYLESHEET_PATH}">`,
    main,
    language,
  });
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  headers.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'; img-src 'self' data:${logoOrigin}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  return new Response(page.text, { status, headers });
}

async function logoOf(
  req: PayloadRequest,
  partner: Partner,
): Promise<{ src: string; width: number; height: number } | null> {
  try {
    const media: Media =
      typeof partner.logo === 'object'
        ? partner.logo
        : await req.payload.findByID({ collection: 'media', id: partner.logo, depth: 0, overrideAccess: true, req });
    if (!media.url) return null;
    const width = media.width && media.height ? Math.round((media.width / media.height) * LOGO_HEIGHT) : LOGO_HEIGHT;
    return { src: media.url, width, height: LOGO_HEIGHT };
  } catch {
    // A reply must never fail for want of a logo: the partner's name stands in for it.
    return null;
  }
}
