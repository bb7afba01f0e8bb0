/**
 * The admin works at one origin only: CMS_URL's. Payload accepts the login cookie only from requests whose Origin is
 * that URL (its CSRF check), and the admin builds links, media URLs and some API calls from it; so the same CMS opened
 * at http://127.0.0.1:3000 while CMS_URL is http://localhost:3000 signs in but refuses every save ("You are not allowed
 * to perform this action"). Adding the alias to Payload's `csrf` list would fix saves and leave the rest pointing at
 * the other origin, where the browser holds no cookie. So a page of the admin asked for at another loopback name of
 * this machine (127.0.0.1, [::1], 0.0.0.0, *.localhost, another port) is redirected to the same path at CMS_URL.
 *
 * Only when CMS_URL is itself on loopback (a developer's `npm start`, the one-machine cluster); a deployment's public
 * host is never redirected by what a request's Host header says. Only page loads (GET, HEAD) of /admin: API clients at
 * any address keep working as before.
 */
const LOOPBACK_HOSTNAME = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAME.test(hostname);
}

/** The hostname of a Host header value ("127.0.0.1:3000", "[::1]:3000", "localhost"). */
function hostnameOf(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

/** Where to send this request instead, or null when it is already at CMS_URL (or is not a page of the admin). */
export function loopbackAliasRedirect(
  { method, url, host }: { method?: string; url?: string; host?: string },
  cmsUrl: string,
): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const path = url ?? '/';
  const pathname = path.split('?')[0]!;
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) return null;
  if (!host) return null;
  const canonical = new URL(cmsUrl);
  if (!isLoopbackHostname(canonical.hostname) || !isLoopbackHostname(hostnameOf(host))) return null;
  if (host.toLowerCase() === canonical.host.toLowerCase()) return null;
  return `${canonical.origin}${path}`;
}
