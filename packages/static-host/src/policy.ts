/**
 * The partner sites' Content-Security-Policy, defined once and delivered in two halves that the browser enforces
 * together (every policy must allow a load):
 *
 * - the page's own `<meta http-equiv="content-security-policy">`, written by Astro's `security.csp` at build time: it
 *   holds `script-src` and `style-src` with the hash of every inline script and style on that page (Astro's island
 *   bootstrap, the partner's brand colours), which only the build can know, plus `default-src 'self'`;
 * - the HTTP header, sent by nginx and by `npm start`'s server on every response: the directives a meta element cannot
 *   carry (`frame-ancestors`) and every fetch directive that does not depend on the page. It leaves out `default-src`,
 *   `script-src` and `style-src` on purpose: in the header they would block the hashed inline code the meta allows.
 *
 * Together: scripts and styles only from the site itself or hashed by the build, connections and form posts only to the
 * site and the CMS's enquiry endpoint, images from the site (and `data:` for inlined SVG logos), never framed.
 */
export interface SitePolicyOptions {
  /** The CMS's public origin, e.g. https://cms.example.org: the checker posts enquiries there. */
  cmsOrigin: string;
  /** Served over https: browsers are then told to upgrade any http:// sub-resource. */
  https?: boolean;
}

const origin = (url: string) => new URL(url).origin;

/** Directives a browser ignores in a `<meta>` policy: they can only come from the header. */
const HEADER_ONLY = /^(frame-ancestors|report-uri|sandbox)\b/;

/**
 * What each page's meta CSP adds to Astro's hashed `script-src` and `style-src`. The meta's `default-src 'self'` is
 * the fallback for every fetch directive the meta does not name, and the browser enforces it beside the header: alone
 * it would refuse the checker's enquiry POST (connect-src) and the inlined SVG logos (img-src) that the header allows,
 * so the header's directives are repeated here and the two halves agree.
 */
export function documentCspDirectives(options: SitePolicyOptions): string[] {
  return ["default-src 'self'", ...headerCspDirectives(options).filter((directive) => !HEADER_ONLY.test(directive))];
}

/** The header half, the same for every response of a partner site. */
export function headerCspDirectives({ cmsOrigin, https = false }: SitePolicyOptions): string[] {
  const cms = origin(cmsOrigin);
  return [
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${cms}`,
    `form-action 'self' ${cms}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
}

export const headerCsp = (options: SitePolicyOptions): string => headerCspDirectives(options).join('; ');
