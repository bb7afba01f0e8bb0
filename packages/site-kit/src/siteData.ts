import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import {
  isShownOn,
  entryId,
  partnerInLanguage,
  siteLanguagesOf,
  type CampaignEntry,
  type EventEntry,
  type FaqEntry,
  type PageEntry,
  type PartnerEntry,
  type StoryEntry,
} from '@bfp/content';
import { isFleet, localSitesOrigin } from 'virtual:bfp-site-kit/config';

export interface SiteData {
  /** The language of the pages rendered from this: everything below is in it. */
  language: Language;
  /** The site's languages: English, or English and Welsh once its home page is written in Welsh. */
  languages: Language[];
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

async function partnerEntry(slug: string): Promise<PartnerEntry> {
  const partner = await getEntry('partners', slug);
  if (!partner)
    throw new Error(
      `"${slug}" is not an active partner in the CMS. Create it there, or check the slug in astro.config.`,
    );
  return partner.data;
}

/** The languages a partner's site is built in (siteLanguagesOf: those of the partner its home page is written in). */
export async function siteLanguages(slug: string): Promise<Language[]> {
  const partner = await partnerEntry(slug);
  const homes = await getCollection('campaign');
  return siteLanguagesOf(
    partner.languages,
    (language) => homes.find((home) => home.data.language === language)?.data.writtenIn ?? null,
  );
}

type Written = { shownOn: 'all' | string[]; language: Language; writtenIn: Language[] };

/**
 * The entries in `language` shown on the partner's site: for it, and on a bilingual site whole in each of its
 * `languages`, so the two versions of the site always match.
 */
const shownOnSite =
  (slug: string, language: Language, languages: Language[]) =>
  <T extends Written>(entries: Array<{ data: T }>): T[] =>
    entries
      .map((entry) => entry.data)
      .filter(
        (data) =>
          data.language === language &&
          isShownOn(data, slug) &&
          (languages.length < 2 || languages.every((each) => data.writtenIn.includes(each))),
      );

/**
 * Everything a page in `language` renders from: the partner record and the shared content, nothing else. On a
 * bilingual site a document is shown only when it is whole in each of the site's languages, so the two versions of
 * the site always match; an English-only site shows every English document, as it always has.
 */
export async function loadSiteData(slug: string, language: Language = DEFAULT_LANGUAGE): Promise<SiteData> {
  const partner = await partnerEntry(slug);
  const campaign = await getEntry('campaign', entryId(language, 'campaign'));
  if (!campaign) throw new Error('The CMS has no campaign copy yet. Fill in "Home page" in the admin.');
  const languages = await siteLanguages(slug);
  const shownHere = shownOnSite(slug, language, languages);
  const stories = shownHere(await getCollection('stories'));
  const pages = shownHere(await getCollection('pages')).sort((a, b) => a.slug.localeCompare(b.slug));
  const faqs = shownHere(await getCollection('faqs')).sort((a, b) => a.order - b.order);
  const events = shownHere(await getCollection('events')).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const councils = (await getCollection('partners'))
    .map((entry) => entry.data)
    .filter((p) => p.kind === 'council')
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    language,
    languages,
    partner: partnerInLanguage(partner, language),
    campaign: campaign.data,
    stories,
    pages,
    faqs,
    events,
    councils,
  };
}

/** The pages in a partner site's header navigation, in their navigation order (then by title). */
export async function navigationPages(
  slug: string,
  language: Language = DEFAULT_LANGUAGE,
): Promise<Array<Pick<PageEntry, 'slug' | 'title'>>> {
  const shownHere = shownOnSite(slug, language, await siteLanguages(slug));
  return shownHere(await getCollection('pages'))
    .filter((page) => page.navigationOrder !== null)
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

/** This page's path in each of the site's languages (where it has one): the language link and hreflang go to them. */
export function pathsInLanguages(
  languages: Language[],
  pathIn: (language: Language) => string | null | undefined,
): Partial<Record<Language, string>> {
  const paths: Partial<Record<Language, string>> = {};
  for (const language of languages) {
    const path = pathIn(language);
    if (path) paths[language] = path;
  }
  return paths;
}
