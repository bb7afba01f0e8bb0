import type { HomePage, Event, Faq, Media, Page, Partner, Story } from '@bfp/cms/payload-types';
import { toPageBlock, type BlockMapping, type StoredPageBlock } from '@bfp/blocks/content';
import { assertFetchable, fetchAsDataUri } from './cmsClient.ts';
import { DEFAULT_LANGUAGE, partnerLanguages, type Language } from '@bfp/eligibility';
import type {
  PartnerTexts,
  CampaignEntry,
  EventEntry,
  FaqEntry,
  ImageEntry,
  PageBlockEntry,
  PageEntry,
  PartnerEntry,
  StoryEntry,
} from './schemas.ts';

/** An entry as mapped from one document: the loader adds the language it was read in. */
type Unwritten<T> = Omit<T, 'language' | 'writtenIn' | 'translations'>;

/** Payload returns relationship ids instead of documents when depth is too low; the loader always asks for depth 1. */
function populated<T extends object>(value: number | string | T | null | undefined, what: string): T | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') throw new Error(`Expected ${what} to be populated; fetch with depth=1`);
  return value;
}

/**
 * Payload writes file URLs on its public serverURL; the build reads from CMS_URL (maybe an internal address), and
 * only that host is in Astro's image.domains, so the build's image pipeline downloads every file from there.
 */
export function mediaUrl(url: string, cmsUrl: string): string {
  const resolved = new URL(url, cmsUrl);
  return resolved.pathname.startsWith('/api/')
    ? new URL(resolved.pathname + resolved.search, cmsUrl).href
    : resolved.href;
}

/**
 * The same for the images an editor placed in a story's text: Payload's converter writes the file's URL as it is
 * stored, and a root-relative `/api/media/…` would mean the partner site. (site-kit drops the `<source>`s beside them.)
 */
export function bodyHtmlWithMediaUrls(html: string, cmsUrl: string): string {
  return html.replace(/<img\b[^>]*>/g, (tag) =>
    tag.replace(/\ssrc="([^"]+)"/, (_, url: string) => ` src="${mediaUrl(url, cmsUrl)}"`),
  );
}

function imageEntry(media: Media, cmsUrl: string, size?: 'card' | 'hero'): ImageEntry {
  const chosen = size && media.sizes?.[size]?.url ? media.sizes[size] : media;
  return {
    src: mediaUrl(chosen!.url!, cmsUrl),
    alt: media.alt,
    width: chosen!.width ?? undefined,
    height: chosen!.height ?? undefined,
  };
}

export async function toPartnerEntry(doc: Partner, cmsUrl: string): Promise<PartnerEntry> {
  const logo = populated(doc.logo, `the logo of partner ${doc.slug}`);
  if (!logo) throw new Error(`Partner ${doc.slug} has no logo`);
  const logoEntry = imageEntry(logo, cmsUrl);
  if (logo.mimeType === 'image/svg+xml') logoEntry.src = await fetchAsDataUri(logoEntry.src, logo.mimeType);
  else await assertFetchable(logoEntry.src);
  return {
    slug: doc.slug,
    name: doc.name,
    shortName: doc.shortName,
    logo: logoEntry,
    brand: { primaryColour: doc.brand.primaryColour, accentColour: doc.brand.accentColour },
    coBranding: { agency: doc.coBranding.agency, alsoWith: doc.coBranding.alsoWith ?? [] },
    contact: {
      phone: doc.contact.phone,
      email: doc.contact.email,
      officeHours: doc.contact.officeHours ?? null,
      address: doc.contact.address ?? null,
    },
    siteDomain: doc.siteDomain,
    postcodeDistricts: doc.postcodeDistricts ?? [],
    privacy: {
      dataControllerName: doc.privacy.dataControllerName,
      noticeVersion: doc.privacy.noticeVersion,
      noticeUrl: doc.privacy.noticeUrl ?? null,
      retentionMonths: doc.privacy.retentionMonths,
    },
    localOffer: doc.localOffer ?? '',
    allowances: {
      appliesFrom: doc.allowances?.appliesFrom ?? null,
      bands: (doc.allowances?.bands ?? []).map(({ ageBand, weeklyAllowance, weeklyFee }) => ({
        ageBand,
        weeklyAllowance,
        weeklyFee: weeklyFee ?? null,
      })),
      note: doc.allowances?.note ?? null,
    },
    supportOffer: doc.supportOffer ?? '',
    localGroups: (doc.localGroups ?? []).map(({ name, meets, description }) => ({
      name,
      meets: meets ?? null,
      description: description ?? null,
    })),
    kind: doc.kind,
    theme: doc.theme,
    typeface: doc.typeface,
    languages: partnerLanguages(doc),
    texts: {},
  };
}

/** A partner's own texts as read in one of its other languages (each null or empty where not written in it). */
export function toPartnerTexts(doc: Partner): PartnerTexts {
  const logo = typeof doc.logo === 'object' ? doc.logo : null;
  return {
    logoAlt: logo?.alt ?? null,
    officeHours: doc.contact.officeHours ?? null,
    address: doc.contact.address ?? null,
    noticeUrl: doc.privacy.noticeUrl ?? null,
    localOffer: doc.localOffer ?? '',
    allowancesNote: doc.allowances?.note ?? null,
    ageBands: (doc.allowances?.bands ?? []).map(({ ageBand }) => ageBand?.trim() || null),
    supportOffer: doc.supportOffer ?? '',
    localGroups: (doc.localGroups ?? []).map(({ name, meets, description }) => ({
      name: name ?? null,
      meets: meets ?? null,
      description: description ?? null,
    })),
  };
}

/** The partner's record as its pages in `language` show it: its texts in that language over the rest. */
export function partnerInLanguage(partner: PartnerEntry, language: Language): PartnerEntry {
  const texts = partner.texts[language];
  if (language === DEFAULT_LANGUAGE || !texts) return partner;
  return {
    ...partner,
    logo: { ...partner.logo, alt: texts.logoAlt ?? '' },
    contact: { ...partner.contact, officeHours: texts.officeHours, address: texts.address },
    privacy: { ...partner.privacy, noticeUrl: texts.noticeUrl },
    localOffer: texts.localOffer,
    allowances: {
      ...partner.allowances,
      // A table with an age in English, or none, would not be the Welsh page: until every band has its Welsh, the
      // Welsh page has no table (as a partner with no rates yet), and Site builds says what is missing.
      bands: partner.allowances.bands.every((_, index) => texts.ageBands[index])
        ? partner.allowances.bands.map((band, index) => ({ ...band, ageBand: texts.ageBands[index]! }))
        : [],
      note: texts.allowancesNote,
    },
    supportOffer: texts.supportOffer,
    localGroups: partner.localGroups.map((group, index) => ({
      name: texts.localGroups[index]?.name ?? '',
      meets: texts.localGroups[index]?.meets ?? null,
      description: texts.localGroups[index]?.description ?? null,
    })),
  };
}

/** Shared content's "shown on": "all", or the slugs of the chosen partners (populated at depth 1). */
function shownOnSlugs(
  doc: { shownOn: string; partners?: Array<number | string | Partner> | null },
  what: string,
): 'all' | string[] {
  if (doc.shownOn === 'all') return 'all';
  return (doc.partners ?? []).map((p) => populated(p, `a partner of ${what}`)!.slug);
}

export function toFaqEntry(doc: Faq): Unwritten<FaqEntry> {
  return {
    id: String(doc.id),
    question: doc.question,
    answer: doc.answer,
    order: doc.order ?? 0,
    shownOn: shownOnSlugs(doc, `FAQ ${doc.id}`),
  };
}

export function toEventEntry(doc: Event): Unwritten<EventEntry> {
  const partner = populated(doc.partner, `the partner of event ${doc.id}`);
  return {
    title: doc.title,
    summary: doc.summary,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt ?? null,
    format: doc.format,
    venue: doc.venue ?? null,
    onlineLink: doc.onlineLink ?? null,
    bookingUrl: doc.bookingUrl ?? null,
    shownOn: doc.allPartners ? 'all' : partner ? [partner.slug] : [],
  };
}

export function toStoryEntry(doc: Story, cmsUrl: string): Unwritten<StoryEntry> {
  const image = populated(doc.image, `the image of story ${doc.slug}`);
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    bodyHtml: bodyHtmlWithMediaUrls(doc.bodyHtml ?? '', cmsUrl),
    image: image ? imageEntry(image, cmsUrl, 'card') : null,
    shownOn: shownOnSlugs(doc, `story ${doc.slug}`),
    isSample: Boolean(doc.isSample),
    updatedAt: doc.updatedAt,
  };
}

type PageBlock = NonNullable<Page['layout']>[number];

/** The loader's rules a block's own mapping (in its @bfp/blocks folder) needs: files on the build's CMS URL, populated relationships. */
const blockMapping = (cmsUrl: string, where: string): BlockMapping => ({
  where,
  image: (value, what) => {
    const image = populated(value as number | Media | null | undefined, what);
    return image ? imageEntry(image, cmsUrl, 'hero') : null;
  },
  richTextHtml: (html) => bodyHtmlWithMediaUrls(html, cmsUrl),
  chosen: (docs, key, what) => {
    if (!docs?.length) return 'all';
    return docs.flatMap((doc) => (typeof doc === 'object' ? [key(populated(doc, what)!)] : []));
  },
});

/** The blocks of a page or of the home page, in order, leaving out those with nothing left to show. */
function toPageBlocks(layout: PageBlock[] | null | undefined, cmsUrl: string, where: string): PageBlockEntry[] {
  const mapping = blockMapping(cmsUrl, where);
  // Payload's generated block types must fit what each block's mapping reads: a field renamed in one is a type error.
  return (layout ?? []).map((block: StoredPageBlock) => toPageBlock(block, mapping)).filter((block) => block !== null);
}

export function toPageEntry(doc: Page, cmsUrl: string): Unwritten<PageEntry> {
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    blocks: toPageBlocks(doc.layout, cmsUrl, `page ${doc.slug}`),
    shownOn: shownOnSlugs(doc, `page ${doc.slug}`),
    navigationOrder: doc.showInNavigation ? (doc.navigationOrder ?? 0) : null,
    updatedAt: doc.updatedAt,
  };
}

export function toCampaignEntry(doc: HomePage, cmsUrl: string): Unwritten<CampaignEntry> {
  return {
    headline: doc.headline,
    intro: doc.intro,
    blocks: toPageBlocks(doc.layout, cmsUrl, 'the home page'),
    checkerIntro: doc.checkerIntro,
  };
}

/** Shared content (a story, page, FAQ or event) is shown on a partner's site when it is for all partners or for that one. */
export function isShownOn(entry: { shownOn: 'all' | string[] }, partnerSlug: string): boolean {
  return entry.shownOn === 'all' || entry.shownOn.includes(partnerSlug);
}

/**
 * The languages a partner's site is built in: each of the partner's languages its home page is written in (a
 * bilingual council whose home page has no Welsh yet has only its English site). `homeWrittenIn` gives the languages
 * the home page read in one language is whole in, or null where it has none.
 */
export function siteLanguagesOf(
  languages: Language[],
  homeWrittenIn: (language: Language) => Language[] | null,
): Language[] {
  return languages.filter(
    (language) => language === DEFAULT_LANGUAGE || (homeWrittenIn(language) ?? []).includes(language),
  );
}

/** An entry's id in its language: English keeps the id it always had, another language's is prefixed ("cy/…"). */
export const entryId = (language: Language, id: string): string =>
  language === DEFAULT_LANGUAGE ? id : `${language}/${id}`;
