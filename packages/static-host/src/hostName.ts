/**
 * What a host name is, for every place one is written down: a partner's site domain in the CMS, and the server
 * names nginx's config is rendered with. nginx takes a server name verbatim and refuses the whole config over one bad
 * name, so the CMS must refuse exactly what nginx would, and store the form nginx matches (lower case, ASCII).
 */
import { domainToASCII } from 'node:url';

/** The rule in words, for any message that refuses a domain. */
export const HOST_NAME_RULE =
  'a domain name such as fostering.example.gov.uk: no https://, path or port; at least two parts separated by dots, each 1 to 63 letters, digits or hyphens and not starting or ending with a hyphen';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Characters domainToASCII drops or reads as URL syntax: "a.com/x" would come back as "a.com".
const NOT_IN_A_NAME = /[\s/\\?#@:%[\]]/;

export type HostNameCheck = { ok: true; name: string } | { ok: false; problem: string };

/**
 * A host name in the form nginx and browsers match (lower case, internationalised names as punycode), or what is
 * wrong with it. Surrounding spaces are forgiven; nothing else is corrected.
 */
export function normaliseHostName(value: unknown): HostNameCheck {
  if (typeof value !== 'string' || !value.trim()) return { ok: false, problem: 'it is empty' };
  const typed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(typed)) return { ok: false, problem: 'leave out the https:// at the start' };
  if (NOT_IN_A_NAME.test(typed))
    return { ok: false, problem: 'it may not contain spaces, slashes, a port (:) or ?, #, @, %' };
  if (typed.endsWith('.')) return { ok: false, problem: 'it may not end with a dot' };
  const name = domainToASCII(typed.toLowerCase());
  if (!name) return { ok: false, problem: 'it is not a valid (internationalised) domain name' };
  if (name.length > 253) return { ok: false, problem: 'it is longer than 253 characters' };
  const labels = name.split('.');
  if (labels.length < 2) return { ok: false, problem: 'it needs at least two parts separated by a dot' };
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    if (!bad) return { ok: false, problem: 'it has an empty part (two dots in a row, or a dot at the start)' };
    if (bad.length > 63) return { ok: false, problem: `the part "${bad.slice(0, 20)}…" is longer than 63 characters` };
    return {
      ok: false,
      problem: `the part "${bad}" may hold only letters, digits and hyphens, and may not start or end with a hyphen`,
    };
  }
  // An IP address passes the label rule, but is no site's domain (and nginx reads it as an address).
  if (/^\d+$/.test(labels.at(-1)!)) return { ok: false, problem: 'an IP address is not a domain name' };
  return { ok: true, name };
}

/** The normalised host name, or null: for code that skips what it cannot use. */
export const hostNameOrNull = (value: unknown): string | null => {
  const check = normaliseHostName(value);
  return check.ok ? check.name : null;
};

/** Whether a name is already a host name in its normalised form (what nginx's config may hold verbatim). */
export const isNormalisedHostName = (value: unknown): value is string =>
  typeof value === 'string' && hostNameOrNull(value) === value;
