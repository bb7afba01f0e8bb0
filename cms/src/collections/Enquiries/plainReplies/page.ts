import { createHash } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import { brandStyle, partnershipWith } from '@bfp/brand';
import { html, trustedHtml, type Html } from '@bfp/page-shell/html';
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
}

/**
 * A page in the partner's branding, for the replies to the plain (no-JavaScript) form: the same stylesheets, brand
 * colours, logo, lockup and footer as the partner's site. It holds what the carer typed, so it is never stored
 * (no-store), carries no script, and its CSP allows only the theme's stylesheet, its own inline brand colours, its
 * logo and posting back here.
 */
export async function partnerPage({ req, status, partner, siteOrigin, title, main, headers }: PartnerPageOptions): Promise<Response> {
  const style = brandStyle({ ...partner.brand, typeface: partner.typeface });
  const logo = await logoOf(req, partner);
  // Payload gives media absolute URLs (from CMS_URL, or the object store's), which need not be this page's origin.
  const logoOrigin = logo && /^https?:\/\//.test(logo.src) ? ` ${new URL(logo.src).origin}` : '';
  const site = (path: string) => `${siteOrigin}${path}`;
  const page = html`<!doctype html>
<html lang="en-GB" data-theme="${partner.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${partner.shortName} fostering with the Big Fostering Partnership</title>
<meta name="robots" content="noindex, nofollow">
<meta name="theme-color" content="${partner.brand.primaryColour}">
<link rel="stylesheet" href="/api/enquiries${REPLY_STYLESHEET_PATH}">
<style>${trustedHtml(style)}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="width-container site-header__inner">
<a href="${site('/')}" class="site-header__home">${logo ? html`<img class="site-header__logo" src="${logo.src}" alt="${partner.name}: fostering home page" width="${logo.width}" height="${LOGO_HEIGHT}">` : html`${partner.name}: fostering home page`}</a>
<p class="lockup"><strong>${partner.name}</strong> in partnership with ${partnershipWith(partner.coBranding.agency, partner.coBranding.alsoWith ?? [])}</p>
</div>
</header>
<main id="main" class="main" tabindex="-1">
<div class="width-container">
${main}
</div>
</main>
<footer class="site-footer">
<div class="width-container">
<h2 class="visually-hidden">Support links</h2>
<p><strong>${partner.shortName} fostering team</strong><br>
Phone: <a href="tel:${partner.contact.phone.replace(/\s/g, '')}">${partner.contact.phone}</a>${partner.contact.officeHours ? html`<span> (${partner.contact.officeHours})</span>` : null}<br>
Email: <a href="mailto:${partner.contact.email}">${partner.contact.email}</a></p>
${partner.contact.address ? html`<address class="site-footer__address">${partner.contact.address}</address>` : null}
<ul>
<li><a href="${site('/privacy/')}">Privacy notice</a></li>
<li><a href="${site('/accessibility/')}">Accessibility statement</a></li>
</ul>
<p>The Big Fostering Partnership: ${partner.name} working with ${partner.coBranding.agency}.</p>
</div>
</footer>
</body>
</html>`;
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  headers.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'; img-src 'self' data:${logoOrigin}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  return new Response(page.text, { status, headers });
}

async function logoOf(req: PayloadRequest, partner: Partner): Promise<{ src: string; width: number } | null> {
  try {
    const media: Media = typeof partner.logo === 'object' ? partner.logo : await req.payload.findByID({ collection: 'media', id: partner.logo, depth: 0, overrideAccess: true, req });
    if (!media.url) return null;
    const width = media.width && media.height ? Math.round((media.width / media.height) * LOGO_HEIGHT) : LOGO_HEIGHT;
    return { src: media.url, width };
  } catch {
    // A reply must never fail for want of a logo: the partner's name stands in for it.
    return null;
  }
}
