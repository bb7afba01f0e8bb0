/**
 * A request path made safe the way nginx makes it safe: percent-decoded once, slashes merged, `.` and `..` resolved,
 * and refused when malformed or when `..` climbs above the root. What comes out names a file inside the site and can
 * be turned back into a Location that stays on the same site.
 */
export interface RequestTarget {
  /** Decoded, starts with exactly one `/`, no empty, `.` or `..` segments; ends with `/` when the request's did. */
  pathname: string;
  /** The raw query string with its `?`, or ''. */
  search: string;
}

export function parseRequestTarget(url: string | undefined): RequestTarget | null {
  // Absolute-form (`GET http://host/ …`) and `*` are for proxies, not for a site.
  if (!url?.startsWith('/')) return null;
  const queryAt = url.search(/[?#]/);
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt !== -1 && url[queryAt] === '?' ? url.slice(queryAt).replace(/#.*$/, '') : '';
  const decoded = percentDecode(rawPath);
  if (decoded === null || decoded.includes('\0')) return null;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const directory = /(^|\/)(\.\.?)?$/.test(decoded);
  const pathname = segments.length === 0 ? '/' : `/${segments.join('/')}${directory ? '/' : ''}`;
  return { pathname, search };
}

/**
 * Like nginx: a `%` not followed by two hex digits is malformed (400), but well-formed escapes of bytes that are not
 * UTF-8 (`/%E0%A4/`) just name a file that does not exist (404); decodeURIComponent would throw on both.
 */
function percentDecode(raw: string): string | null {
  if (/%(?![0-9a-f]{2})/i.test(raw)) return null;
  // Node hands over the request line's bytes as latin1, so this recovers them exactly.
  const bytes = Buffer.from(
    raw.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}

/**
 * Back to a URL path. A decoded `%2F` became a separator above and was merged, and `\` (which browsers read as `/`)
 * is escaped here, so the result can never start with `//` or `/\` and point at another host.
 */
export const encodePathname = (pathname: string): string =>
  encodeURI(pathname).replace(/[?#]/g, (char) => encodeURIComponent(char));
