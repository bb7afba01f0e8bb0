/**
 * nginx's half of serving previews only to browsers the CMS granted (the Node server's half is previewGate.ts). Every
 * request to a preview host is first put to the CMS's verify endpoint with auth_request; `/__preview/grant` is
 * relayed to its accept endpoint, which sets the grant cookie. A refusal, or a CMS that cannot be asked, gets a short
 * page with nothing of the preview in it.
 */
import { addHeaders, indent, methodGuard, quoted } from './nginxDirectives.ts';
import {
  PREVIEW_GRANT_ACCEPT_ENDPOINT,
  PREVIEW_GRANT_PATH,
  PREVIEW_GRANT_VERIFY_ENDPOINT,
  PREVIEW_HTTPS_HEADER,
  PREVIEW_SITE_HEADER,
} from './previewGrants.ts';
import {
  PREVIEW_REFUSED_HTML,
  PREVIEW_REFUSED_STATUS,
  PREVIEW_UNVERIFIABLE_HTML,
  PREVIEW_UNVERIFIABLE_STATUS,
} from './previewRefusal.ts';

/** Only nginx's own subrequest reaches it (`internal`): a browser asking for it gets the site's 404. */
const VERIFY_LOCATION = '/__preview/verify';

/** Written into proxy_pass verbatim, so nothing but a scheme, a host and a port. */
function cmsOrigin(url: string): string {
  const origin = new URL(url).origin;
  if (!/^https?:\/\/[a-z0-9.[\]:-]+$/i.test(origin))
    throw new Error(
      `Cannot ask the CMS at ${JSON.stringify(url)} about preview grants: not an http(s) origin nginx can proxy to.`,
    );
  return origin;
}

const block = (head: string, lines: readonly string[]) => [`${head} {`, ...indent(lines, 1).split('\n'), '}'];

export interface PreviewGateDirectives {
  /** For the preview's server block itself: every location is checked unless it turns auth_request off. */
  server: string[];
  /** The locations that talk to the CMS and answer refusals. */
  locations: string[][];
}

export function previewGateDirectives({
  slug,
  grantsOrigin,
  https,
  headers,
}: {
  slug: string;
  /** The CMS as nginx reaches it. */
  grantsOrigin: string;
  https: boolean;
  /** The preview's response headers, for what these locations answer themselves. */
  headers: Record<string, string>;
}): PreviewGateDirectives {
  const cms = cmsOrigin(grantsOrigin);
  // Set here, never copied from the browser's request (proxy_set_header replaces a header of the same name).
  const asking = [
    `proxy_set_header ${PREVIEW_SITE_HEADER} ${quoted(slug)};`,
    `proxy_set_header ${PREVIEW_HTTPS_HEADER} ${quoted(String(https))};`,
    'proxy_pass_request_body off;',
    'proxy_pass_request_headers off;',
    ...(cms.startsWith('https:') ? ['proxy_ssl_server_name on;'] : []),
    // A CMS that hangs must not hold every preview request for nginx's default minute.
    'proxy_connect_timeout 5s;',
    'proxy_read_timeout 10s;',
  ];
  const page = (status: number, html: string) => [
    'auth_request off;',
    'default_type text/html;',
    ...addHeaders(headers),
    `return ${status} ${quoted(html)};`,
  ];
  return {
    server: [
      `auth_request ${VERIFY_LOCATION};`,
      // auth_request answers 401 when the CMS says no, and 500 when it answers anything else or cannot be reached.
      'error_page 401 = @preview_refused;',
      'error_page 500 502 503 504 = @preview_unverifiable;',
    ],
    locations: [
      block(`location = ${VERIFY_LOCATION}`, [
        'internal;',
        'auth_request off;',
        // A HEAD to the page would otherwise be a HEAD to the endpoint, which answers GET only.
        'proxy_method GET;',
        `proxy_pass ${cms}${PREVIEW_GRANT_VERIFY_ENDPOINT};`,
        ...asking,
        // The grant cookie is all the CMS needs from the browser.
        'proxy_set_header Cookie $http_cookie;',
      ]),
      block(`location = ${PREVIEW_GRANT_PATH}`, [
        'auth_request off;',
        ...methodGuard(headers),
        // The query (?grant=…&next=…) is passed on as it came.
        `proxy_pass ${cms}${PREVIEW_GRANT_ACCEPT_ENDPOINT};`,
        ...asking,
        // The preview's headers, not the CMS's, so none is sent twice.
        ...Object.keys(headers).map((name) => `proxy_hide_header ${name};`),
        ...addHeaders(headers),
      ]),
      block('location @preview_refused', page(PREVIEW_REFUSED_STATUS, PREVIEW_REFUSED_HTML)),
      block('location @preview_unverifiable', page(PREVIEW_UNVERIFIABLE_STATUS, PREVIEW_UNVERIFIABLE_HTML)),
    ],
  };
}
