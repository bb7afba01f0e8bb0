export interface LinkRuleOptions {
  /**
   * Also accept http:// (and https://) to localhost, 127.0.0.1, [::1] and *.localhost, on any port: where a developer's
   * or a test's own services run. Never in production, where such a link only works on the machine that made it.
   */
  allowLocalhost: boolean;
}

export interface TypedUrlOptions extends LinkRuleOptions {
  /** What the person calls the field, e.g. "Booking link": every message starts with it. */
  label: string;
}

const MAX_LENGTH = 2000;
const EXAMPLE = 'https://www.example.org/';

// The URL parser trims C0 controls and spaces from both ends and drops tabs and line breaks anywhere, so
// "\tjava\nscript:" reads as "javascript:".
const EDGES = /^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/g;

/** The value without the spaces and control characters around it that the URL parser ignores: what to store. */
export const trimTypedUrl = (value: string): string => value.replace(EDGES, '');

// Whitespace, C0 and C1 controls and zero-width characters: a typed address never needs them, and they hide what a
// browser will really follow.
const HIDDEN = /[\u0000-\u0020\u007f-\u009f\s\u200b-\u200f\u2060\ufeff]/;

type Verdict = { url: URL } | { problem: (label: string) => string };

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]';

function judge(value: string, { allowLocalhost }: LinkRuleOptions): Verdict {
  const text = trimTypedUrl(value);
  if (text.length > MAX_LENGTH)
    return { problem: (label) => `${label} is too long: use at most ${MAX_LENGTH.toLocaleString('en-GB')} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const looksLikeDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:]|$)/i.test(text);
    return {
      problem: (label) =>
        looksLikeDomain
          ? `${label} must start with https://, e.g. "https://${text}"`
          : `${label} must be a whole web address starting with https://, e.g. ${EXAMPLE}`,
    };
  }
  // Trailing dot: "localhost." is still this machine.
  const host = url.hostname.replace(/\.$/, '');
  const local = allowLocalhost && isLoopback(host);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    const scheme = url.protocol;
    return {
      problem: (label) =>
        scheme === 'http:'
          ? `${label} must start with https:// — "http://" is not secure${allowLocalhost ? ' (it is allowed only for localhost)' : ''}`
          : `${label} must start with https:// — "${scheme}…" is not allowed`,
    };
  }
  if (HIDDEN.test(text))
    return {
      problem: (label) =>
        `${label} must not contain spaces, tabs, line breaks or other hidden characters (write a space as %20)`,
    };
  // "https:example.org", "https:/x", "https:///x" and "https:\\x" all parse to a host; a person meant something else.
  if (!/^https?:\/\/[^/\\]/i.test(text) || text.includes('\\')) {
    return { problem: (label) => `${label} must be https:// followed by the site's name, e.g. ${EXAMPLE}` };
  }
  // "https://trusted.gov.uk@elsewhere.example" goes to elsewhere.example.
  if (url.username || url.password)
    return { problem: (label) => `${label} must not contain a user name or password (nothing before an "@")` };
  if (!local && isLoopback(host))
    return {
      problem: (label) => `${label} must be a public address: "${host}" only works on the computer that opens it`,
    };
  if (!local && !host.includes('.') && !host.startsWith('[')) {
    return {
      problem: (label) => `${label} must name a whole site after https://, e.g. ${EXAMPLE} — "${host}" is not one`,
    };
  }
  return { url };
}

/**
 * What is wrong with a URL a person typed into a field, as a message for them that names the field, or null when it
 * is fine. Only https://<a real host> passes (and http://localhost… with allowLocalhost). Nothing to check
 * (null, undefined, an empty or blank string) is fine: whether a field is required is the field's own rule.
 */
export function typedUrlProblem(value: unknown, { label, allowLocalhost }: TypedUrlOptions): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return `${label} must be a web address written as text, e.g. ${EXAMPLE}`;
  if (!trimTypedUrl(value)) return null;
  const verdict = judge(value, { allowLocalhost });
  return 'problem' in verdict ? verdict.problem(label) : null;
}

/**
 * The href to render for a link that came from the CMS, or null when it must not be a link (any scheme but https,
 * no real host, …; see typedUrlProblem). The href is the parsed URL written out again, so a browser follows exactly
 * the address that was checked.
 */
export function safeHref(href: unknown, options: LinkRuleOptions): string | null {
  if (typeof href !== 'string' || !trimTypedUrl(href)) return null;
  const verdict = judge(href, options);
  return 'url' in verdict ? verdict.url.href : null;
}
