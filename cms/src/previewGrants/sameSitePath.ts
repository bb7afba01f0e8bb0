/**
 * Where a preview grant's `next` may send the browser: a path on the preview host itself. Anything a browser could
 * read as another host — `//evil.example`, `/\evil.example` (browsers treat `\` as `/`), an absolute URL, a scheme
 * such as `javascript:` — is refused, as are control characters, which browsers strip before resolving.
 */
const PROBE_ORIGIN = 'http://preview.invalid';

export function sameSitePath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || /[\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  // As the browser would resolve it (dot segments gone), so what is checked is what is followed.
  return `${url.pathname}${url.search}${url.hash}`;
}
