import { z } from 'astro/zod';
import { HEX_COLOUR, THEME_NAMES, TYPEFACE_NAMES, type ThemeName, type TypefaceName } from '@bfp/brand';
import { imageSchema, pageBlockSchema } from '@bfp/blocks/content';
import { LANGUAGES, type Language } from '@bfp/eligibility';

export { imageSchema, pageBlockSchema };
export type { ImageEntry, PageBlockEntry } from '@bfp/blocks/content';

/**
 * The shapes the sites are built from. A record that does not fit fails the build with the field named, before any
 * page is rendered from it.
 */
const language = z.enum(LANGUAGES as unknown as [Language, ...Language[]]);
/**
 * Each document is one entry a language it is written in: its `language`, every language it is whole in
 * (`writtenIn`: a bilingual site shows it only when it is whole in both), and for those with an address, its slug in
 * each language (`translations`), which the language link on each page goes to.
 */
const inLanguage = { language, writtenIn: z.array(language) };
const translations = z.record(z.string(), z.string());

/** The partner's own texts in a language other than English, the rest of its record being the same in each. */
export const partnerTextsSchema = z.object({
  logoAlt: z.string().nullable(),
  officeHours: z.string().nullable(),
  address: z.string().nullable(),
  noticeUrl: z.string().nullable(),
  localOffer: z.string(),
  allowancesNote: z.string().nullable(),
  /** Each allowance band's age in this language, in the bands' order (the rates are the same in every language). */
  ageBands: z.array(z.string().nullable()),
  supportOffer: z.string(),
  localGroups: z.array(
    z.object({ name: z.string().nullable(), meets: z.string().nullable(), description: z.string().nullable() }),
  ),
});

// The brand package owns the colour format and the theme and typeface lists; the CMS offers and checks the same.
const hexColour = z.string().regex(HEX_COLOUR);

export const partnerSchema = z.object({
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  logo: imageSchema,
  brand: z.object({ primaryColour: hexColour, accentColour: hexColour }),
  coBranding: z.object({ agency: z.string(), alsoWith: z.array(z.string()) }),
  contact: z.object({
    phone: z.string(),
    email: z.string(),
    officeHours: z.string().nullable(),
    address: z.string().nullable(),
  }),
  siteDomain: z.string(),
  postcodeDistricts: z.array(z.string()),
  privacy: z.object({
    dataControllerName: z.string(),
    noticeVersion: z.string(),
    /** The controller's own full privacy notice, linked from the site's privacy page. */
    noticeUrl: z.string().nullable(),
    /** Months an enquiry that goes no further is kept before it is deleted or anonymised. */
    retentionMonths: z.number(),
  }),
  /** What this council offers its carers, in its own words; empty when the partner has not written one. */
  localOffer: z.string(),
  /** Weekly payments by the child's age, from the date they apply; no bands when the partner has not entered them. */
  allowances: z.object({
    appliesFrom: z.string().nullable(),
    bands: z.array(z.object({ ageBand: z.string(), weeklyAllowance: z.number(), weeklyFee: z.number().nullable() })),
    note: z.string().nullable(),
  }),
  /** The support its carers get; empty when not written. */
  supportOffer: z.string(),
  localGroups: z.array(
    z.object({ name: z.string(), meets: z.string().nullable(), description: z.string().nullable() }),
  ),
  /** "council": a local partner site; "partnership": the umbrella site that routes visitors by postcode. */
  kind: z.enum(['council', 'partnership']),
  theme: z.enum(THEME_NAMES as [ThemeName, ...ThemeName[]]),
  typeface: z.enum(TYPEFACE_NAMES as [TypefaceName, ...TypefaceName[]]),
  /** English, or English and Welsh: the languages of the partner's site. */
  languages: z.array(language),
  /** Its own texts in each of its other languages. */
  texts: z.record(z.string(), partnerTextsSchema),
});

/** Where shared content appears: "all" partners, or the slugs of the chosen ones. */
const shownOnSchema = z.union([z.literal('all'), z.array(z.string())]);

export const storySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** HTML rendered by the CMS from the editor's rich text. */
  bodyHtml: z.string(),
  image: imageSchema.nullable(),
  shownOn: shownOnSchema,
  isSample: z.boolean(),
  updatedAt: z.string(),
  ...inLanguage,
  translations,
});

export const pageSchema = z.object({
  /** The page's address on each site it is shown on: /<slug>/. */
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  blocks: z.array(pageBlockSchema),
  shownOn: shownOnSchema,
  /** Its place in the site header's navigation (lower first), or null when it is not in the navigation. */
  navigationOrder: z.number().nullable(),
  updatedAt: z.string(),
  ...inLanguage,
  translations,
});

export const campaignSchema = z.object({
  headline: z.string(),
  intro: z.string(),
  /** The home page below its headline, built from the same blocks as pages. */
  blocks: z.array(pageBlockSchema),
  checkerIntro: z.string(),
  ...inLanguage,
});

export const faqSchema = z.object({
  /** The CMS's id, which a page's FAQs block chooses by. */
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  order: z.number(),
  shownOn: shownOnSchema,
  ...inLanguage,
});

export const eventSchema = z.object({
  title: z.string(),
  summary: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  format: z.enum(['in-person', 'online']),
  venue: z.string().nullable(),
  onlineLink: z.string().nullable(),
  bookingUrl: z.string().nullable(),
  /** "all", or the one partner's slug in a list. */
  shownOn: shownOnSchema,
  ...inLanguage,
});

export type FaqEntry = z.infer<typeof faqSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type PartnerEntry = z.infer<typeof partnerSchema>;
export type StoryEntry = z.infer<typeof storySchema>;
export type PageEntry = z.infer<typeof pageSchema>;
export type CampaignEntry = z.infer<typeof campaignSchema>;
export type PartnerTexts = z.infer<typeof partnerTextsSchema>;
