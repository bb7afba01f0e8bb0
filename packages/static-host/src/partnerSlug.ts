/**
 * A partner's slug names its site everywhere at once: the CMS record, the `sites/<slug>` folder, the
 * `<slug>.localhost` and `preview-<slug>.localhost` host names, nginx's server blocks and the release folders. One rule,
 * so that none of them accepts a name another refuses: a letter first, then lower-case letters, digits and hyphens,
 * 2 to 41 characters, not ending in a hyphen (a host name's label cannot).
 */
export const PARTNER_SLUG = /^[a-z][a-z0-9-]{0,39}[a-z0-9]$/;

/** The rule in words, for any message that refuses a slug. */
export const PARTNER_SLUG_RULE =
  'lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen (e.g. "staffordshire")';

export const isPartnerSlug = (value: unknown): value is string => typeof value === 'string' && PARTNER_SLUG.test(value);
