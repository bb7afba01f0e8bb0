/**
 * How the static host and the CMS agree about previews, defined once and imported by both. A preview holds an editor's
 * unpublished drafts, so it is served only to a browser carrying a grant the CMS issued (short-lived, for one site and
 * one editor). The CMS is the only one that can check a grant — it alone holds the key — so the static host (nginx
 * with auth_request, or the Node server of `npm start`) asks it on every request to a preview host, and refuses when
 * the CMS says no or cannot be asked.
 */

/** On the preview host: where the CMS's Preview button sends the editor, `?grant=…&next=/stories/<slug>/`. */
export const PREVIEW_GRANT_PATH = '/__preview/grant';

/** The query parameters of that address. */
export const PREVIEW_GRANT_PARAM = 'grant';
export const PREVIEW_NEXT_PARAM = 'next';

/**
 * The CMS's side. `accept` checks the grant for the site and answers 303 to `next` with the grant cookie set; `verify`
 * answers 204 when the request's grant cookie is valid for the site and 401 otherwise.
 */
export const PREVIEW_GRANT_ACCEPT_ENDPOINT = '/api/preview-grants/accept';
export const PREVIEW_GRANT_VERIFY_ENDPOINT = '/api/preview-grants/verify';

/** Holds the grant itself; host-only (no Domain), so each preview host keeps its own. Underscores: nginx's $cookie_… needs them. */
export const PREVIEW_GRANT_COOKIE = 'bfp_preview_grant';

/**
 * Set by the static host on what it sends the CMS, never taken from the browser: which site's preview is asked about,
 * and whether the preview is served over https (the cookie is then Secure).
 */
export const PREVIEW_SITE_HEADER = 'X-Preview-Site';
export const PREVIEW_HTTPS_HEADER = 'X-Preview-Https';
