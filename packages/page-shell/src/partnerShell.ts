import { brandStyle, partnershipWith, type TypefaceName } from '@bfp/brand';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS, SITE_PATHS, type Language } from '@bfp/eligibility';
import { html, trustedHtml, type Html } from './html.ts';
import { cy } from './text/cy.ts';
import { en } from './text/en.ts';
import type { ShellWording } from './text/wording.ts';

/** The shell's words in each language (text/<language>.ts). */
export const SHELL_WORDING = { en, cy } as const satisfies Record<Language, ShellWording>;

/**
 * The partner page's shell, written once: the document's attributes, the head every partner page starts and ends
 * with, the skip link, the header (logo, co-branding lockup, navigation) and the footer. site-kit's layout renders
 * these pieces into every built page (through `set:html`), and the CMS wraps its plain-form replies in them, so a
 * carer without JavaScript sees the same header and footer as on the site they came from. The markup is written
 * as Astro's `compressHTML` leaves it, so the built pages are the same bytes as when the components held it.
 */

export const DOCTYPE = '<!DOCTYPE html>';

/** What the shell shows of a partner; both the content loader's entry and the CMS's record have it. */
export interface ShellPartner {
  name: string;
  shortName: string;
  theme: string;
  typeface: TypefaceName;
  brand: { primaryColour: string; accentColour: string };
  coBranding: { agency: string; alsoWith?: readonly string[] | null };
  contact: { phone: string; email: string; officeHours?: string | null; address?: string | null };
}

export interface ShellLogo {
  src: string;
  width?: number;
  height?: number;
}

export interface NavigationLink {
  title: string;
  /** Site-relative, e.g. `/allowances-and-fees/`. */
  href: string;
}

/** The `<html>` element's attributes: the page's language, and the theme every theme's CSS is scoped to. */
export const htmlAttributes = (partner: Pick<ShellPartner, 'theme'>, language: Language = DEFAULT_LANGUAGE) => ({
  lang: LANGUAGE_TAGS[language],
  'data-theme': partner.theme,
});

/** The brand colours and typeface, inlined in every page's head (and hashed into its CSP). */
export const partnerBrandStyle = (partner: Pick<ShellPartner, 'brand' | 'typeface'>): string =>
  brandStyle({ ...partner.brand, typeface: partner.typeface });

export const pageTitle = (
  partner: Pick<ShellPartner, 'shortName'>,
  title: string,
  language: Language = DEFAULT_LANGUAGE,
): string => SHELL_WORDING[language].pageTitle(title, partner.shortName);

/** The head's first elements; a page's own (description, canonical, Open Graph) follow. */
export const headStart = ({
  partner,
  title,
  language = DEFAULT_LANGUAGE,
}: {
  partner: ShellPartner;
  title: string;
  language?: Language;
}): Html =>
  html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${pageTitle(partner, title, language)}</title>`;

/** The head's last elements of the shell's own: theme colour, icon, robots and the brand style. */
export const headEnd = ({
  partner,
  icon,
  noindex = false,
}: {
  partner: ShellPartner;
  icon?: string;
  noindex?: boolean;
}): Html =>
  html`<meta name="theme-color" content="${partner.brand.primaryColour}">${icon ? html`<link rel="icon" href="${icon}">` : null}${noindex ? html`<meta name="robots" content="noindex, nofollow">` : null}<style>${trustedHtml(partnerBrandStyle(partner))}</style>`;

/** Left out when absent, as Astro leaves out an attribute whose value is undefined. */
const attribute = (name: string, value: string | number | undefined): Html | null =>
  value === undefined ? null : html` ${name}="${value}"`;

export const skipLink = (language: Language = DEFAULT_LANGUAGE): Html =>
  html`<a class="skip-link" href="#main">${SHELL_WORDING[language].skipLink}</a>`;

/**
 * The header. `siteOrigin` is empty on the site itself (links are site-relative) and the partner site's origin on a
 * page the CMS answers with. Without a logo (the CMS could not find it) the partner's name stands in for it.
 */
export function partnerHeader({
  partner,
  logo,
  navigation = [],
  currentPath,
  siteOrigin = '',
  language = DEFAULT_LANGUAGE,
}: {
  partner: ShellPartner;
  logo: ShellLogo | null;
  navigation?: readonly NavigationLink[];
  currentPath?: string;
  siteOrigin?: string;
  language?: Language;
}): Html {
  const say = SHELL_WORDING[language];
  const home = say.home(partner.name);
  const nav = navigation.length
    ? html`<nav class="site-nav" aria-label="${SHELL_WORDING[language].mainNavigation}"><ul class="width-container site-nav__list">${navigation.map(
        ({ title, href }) =>
          html`<li><a href="${siteOrigin}${href}"${href === currentPath ? html` aria-current="page"` : null}>${title}</a></li>`,
      )}</ul></nav>`
    : null;
  return html`<header class="site-header"><div class="width-container site-header__inner"><a href="${siteOrigin}${SITE_PATHS[language].home}" class="site-header__home">${
    logo
      ? html`<img class="site-header__logo" src="${logo.src}" alt="${home}"${attribute('width', logo.width)}${attribute('height', logo.height)}>`
      : home
  }</a><p class="lockup" data-testid="lockup"><strong>${partner.name}</strong> ${say.inPartnershipWith} ${partnershipWith(partner.coBranding.agency, partner.coBranding.alsoWith ?? [], say.and)}</p></div>${nav}</header>`;
}

export function partnerFooter({
  partner,
  siteOrigin = '',
  language = DEFAULT_LANGUAGE,
}: {
  partner: ShellPartner;
  siteOrigin?: string;
  language?: Language;
}): Html {
  const { contact } = partner;
  const say = SHELL_WORDING[language];
  return html`<footer class="site-footer"><div class="width-container"><h2 class="visually-hidden">${say.supportLinks}</h2><p><strong>${say.team(partner.shortName)}</strong><br>${say.phone}: <a href="tel:${contact.phone.replace(/\s/g, '')}">${contact.phone}</a>${
    contact.officeHours ? html`<span> (${contact.officeHours})</span>` : null
  }<br>${say.email}: <a href="mailto:${contact.email}">${contact.email}</a></p>${contact.address ? html`<address class="site-footer__address">${contact.address}</address>` : null}<ul><li><a href="${siteOrigin}${SITE_PATHS[language].privacy}">${say.privacy}</a></li><li><a href="${siteOrigin}${SITE_PATHS[language].accessibility}">${say.accessibility}</a></li></ul><p>${say.partnership(partner.name, partner.coBranding.agency)}</p></div></footer>`;
}

/**
 * A whole page in the partner's shell, for pages rendered outside Astro (the CMS's replies to the plain form).
 * `headExtra` (the theme's stylesheet) comes before the inline brand style, as the CMS's replies always had it: with
 * the stylesheet after it, Chromium laid the page out before the stylesheet arrived (the e2e test of the plain form
 * found its honeypot on screen).
 */
export function partnerDocument({
  partner,
  title,
  logo,
  siteOrigin,
  headExtra,
  main,
  noindex,
  language = DEFAULT_LANGUAGE,
}: {
  partner: ShellPartner;
  title: string;
  logo: ShellLogo | null;
  siteOrigin: string;
  headExtra?: Html;
  main: Html;
  noindex?: boolean;
  /** The page's language: `lang` on `<html>` and the shell's words. */
  language?: Language;
}): Html {
  const attributes = htmlAttributes(partner, language);
  return html`${trustedHtml(DOCTYPE)}<html lang="${attributes.lang}" data-theme="${attributes['data-theme']}"><head>${headStart({ partner, title, language })}${headExtra}${headEnd({ partner, noindex })}</head><body>${skipLink(language)}${partnerHeader({ partner, logo, siteOrigin, language })}<main id="main" class="main" tabindex="-1"><div class="width-container">${main}</div></main>${partnerFooter({ partner, siteOrigin, language })}</body></html>`;
}
