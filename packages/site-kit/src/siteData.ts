import { getCollection, getEntry } from 'astro:content';
import {
  isShownOn,
  type CampaignEntry,
  type EventEntry,
  type FaqEntry,
  type PageEntry,
  type PartnerEntry,
  type StoryEntry,
} from '@bfp/content';
import { isFleet, localSitesOrigin } from 'virtual:bfp-site-kit/config';

export interface SiteData {
  partner: PartnerEntry;
  campaign: CampaignEntry;
  /** The stories shown on this partner's site, newest first. */
  stories: StoryEntry[];
  /** The pages shown on this partner's site, by slug. */
  pages: PageEntry[];
  faqs: FaqEntry[];
  /** Upcoming events: this partner's own and the partnership's, soonest first. */
  events: EventEntry[];
  /** Every active council in the partnership, by name: the umbrella site lists them and routes to them. */
  councils: PartnerEntry[];
}

/** Everything a page renders from: the partner record and the shared content, nothing else. */
export async function loadSiteData(slug: string): Promise<SiteData> {
  const partner = await getEntry('partners', slug);
  if (!partner)
    throw new Error(
      `"${slug}" is not an active partner in the CMS. Create it there, or check the slug in astro.config.`,
    );
  const campaign = await getEntry('campaign', 'campaign');
  if (!campaign) throw new Error('The CMS has no campaign copy yet. Fill in "Home page" in the admin.');
  const shownHere = <T extends { shownOn: 'all' | string[] }>(entries: Array<{ data: T }>) =>
    entries.map((entry) => entry.data).filter((data) => isShownOn(data, slug));
  const stories = shownHere(await getCollection('stories'));
  const pages = shownHere(await getCollection('pages')).sort((a, b) => a.slug.localeCompare(b.slug));
  const faqs = shownHere(await getCollection('faqs')).sort((a, b) => a.order - b.order);
  const events = shownHere(await getCollection('events')).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const councils = (await getCollection('partners'))
    .map((entry) => entry.data)
    .filter((p) => p.kind === 'council')
    .sort((a, b) => a.name.localeCompare(b.name));
  return { partner: partner.data, campaign: campaign.data, stories, pages, faqs, events, councils };
}

/** The pages in a partner site's header navigation, in their navigation order (then by title). */
export async function navigationPages(slug: string): Promise<Array<Pick<PageEntry, 'slug' | 'title'>>> {
  return (await getCollection('pages'))
    .map((entry) => entry.data)
    .filter((page) => page.navigationOrder !== null && isShownOn(page, slug))
    .sort((a, b) => a.navigationOrder! - b.navigationOrder! || a.title.localeCompare(b.title))
    .map(({ slug: pageSlug, title }) => ({ slug: pageSlug, title }));
}

/**
 * A page's path on the partner's own site. A fleet build renders the page under /<slug>/; on the partner's own
 * site it lives at the root.
 */
export function sitePath(partner: Pick<PartnerEntry, 'slug'>, pathname: string): string {
  return isFleet ? pathname.replace(new RegExp(`^/${partner.slug}(?=/|$)`), '') || '/' : pathname;
}

/** The canonical URL of a page on the partner's own domain (never Astro's per-project `site`). */
export function canonicalUrl(partner: PartnerEntry, pathname: string): string {
  return new URL(pathname, `https://${partner.siteDomain}`).href;
}

/** Where a partner's site is: its own domain, or its *.localhost name when built to be served on this machine. */
export function partnerSiteUrl(partner: Pick<PartnerEntry, 'slug' | 'siteDomain'>): string {
  return localSitesOrigin ? `${localSitesOrigin.replace('{slug}', partner.slug)}/` : `https://${partner.siteDomain}/`;
}
