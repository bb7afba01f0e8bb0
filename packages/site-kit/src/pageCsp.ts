import { documentCspDirectives, headerCspDirectives } from '@bfp/static-host/policy';

/** Directives a browser ignores in a `<meta>` policy: they can only come from the header. */
const HEADER_ONLY = /^(frame-ancestors|report-uri|sandbox)\b/;

/**
 * The directives each page's meta CSP carries besides Astro's hashed `script-src` and `style-src`. The meta's
 * `default-src 'self'` is the fallback for every fetch directive the meta does not name, and the browser enforces it
 * beside the header: alone it would refuse the checker's enquiry POST (connect-src) and the inlined SVG logos
 * (img-src) that the header allows. Repeating the header's directives here keeps the two halves agreeing.
 */
export function pageCspDirectives({ cmsOrigin }: { cmsOrigin: string }): string[] {
  return [...documentCspDirectives(), ...headerCspDirectives({ cmsOrigin }).filter((directive) => !HEADER_ONLY.test(directive))];
}
