/**
 * Where a preview grant's `next` may send the browser: a path on the preview host itself. Anything a browser could
 * read as another host — `//evil.example`, `/\evil.example` (browsers treat `\` as `/`), an absolute URL, a scheme
 * such as `javascript:` — is refused, as are control characters, which browsers strip before resolving.
 *
 * What is judged is the path this returns, after WHATWG URL has resolved it: dot segments (`.`, `..`, `%2e`) are
 * removed there, so `/.//evil.example/`, `/..//x` and `/%2e//x` all come out as `//…`, a host to a browser, although
 * their text starts with a single slash. Encoded slashes (`%2f`, `%5c`) stay encoded in a path, and a browser
 * never decodes them into a host.
 */
const PROBE_ORIGIN = 'http://preview.invalid';

/** A Location value starting like these is read by a browser as `//host`, whatever follows. */
const readAsAnotherHost = (path: string) => !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\');

export function sameSitePath(next: string | null | undefined): string | null {
  if (!next || readAsAnotherHost(next) || next.includes('\\') || /[\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (readAsAnotherHost(path)) return null;
  // What the browser will resolve the Location to must be that same path on this host: no second reading.
  const followed = new URL(path, PROBE_ORIGIN);
  if (followed.origin !== PROBE_ORIGIN || `${followed.pathname}${followed.search}${followed.hash}` !== path)
    return null;
  return path;
}
