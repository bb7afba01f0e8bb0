/** Which site a request's Host names: one rule for nginx's server blocks and for the Node server. */
import { isNormalisedHostName } from './hostName.ts';
import { isPartnerSlug, PARTNER_SLUG_RULE } from './partnerSlug.ts';

export interface SiteAddress {
  slug: string;
  /** Every host name the site answers to, e.g. ['fostering.dudley.gov.uk', 'dudley.localhost']. */
  serverNames: readonly string[];
}

export interface HostedSite {
  slug: string;
  preview: boolean;
}

/** Previews (drafts included) are only ever served on loopback names, never on a partner's domain. */
export const previewHost = (slug: string): string => `preview-${slug}.localhost`;

/** Refuses a slug or host name that could not be one: both are written into nginx's config verbatim. */
export function checkSiteAddress({ slug, serverNames }: SiteAddress): void {
  const problem = siteAddressProblems({ slug, serverNames })[0];
  if (problem) throw new Error(problem);
}

/** What is wrong with a site's slug and each of its names, one sentence each naming the site. */
export function siteAddressProblems({ slug, serverNames }: SiteAddress): string[] {
  if (!isPartnerSlug(slug)) return [`Site slug "${slug}" is not a slug: use ${PARTNER_SLUG_RULE}.`];
  return serverNames
    .filter((name) => !isNormalisedHostName(name))
    .map((name) => `Site "${slug}": "${name}" is not a host name (lower-case, no port, no scheme).`);
}

/** The name part of a Host header, as nginx matches it: lower case, without the port or a trailing dot. */
export function hostName(host: string | undefined): string {
  const name = (host ?? '').trim().toLowerCase();
  const withoutPort = name.startsWith('[') ? name.slice(0, name.indexOf(']') + 1) : name.replace(/:\d*$/, '');
  return withoutPort.replace(/\.$/, '');
}

export function siteForHost(host: string | undefined, sites: readonly SiteAddress[]): HostedSite | null {
  const name = hostName(host);
  for (const site of sites) {
    if (site.serverNames.includes(name)) return { slug: site.slug, preview: false };
    if (name === previewHost(site.slug)) return { slug: site.slug, preview: true };
  }
  return null;
}
