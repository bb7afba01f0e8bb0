import { BLOCK_EXAMPLES, EXAMPLE_SITE } from '@bfp/blocks/examples';
import { campaignSchema, eventSchema, faqSchema, pageSchema, partnerSchema, storySchema } from '@bfp/content';
import type { SiteData } from '../src/siteData.ts';

/**
 * The sites the view tests render, as the content loader would give them: the blocks' example council, a neighbour
 * with more postcode districts than the finder lists, and the partnership's own site that routes between them. A
 * test replaces site-kit's loadSiteData with `loadExampleSite` (vi.mock), since the views read the content store.
 */

const council = partnerSchema.parse(EXAMPLE_SITE.partner);
const neighbour = partnerSchema.parse({
  ...EXAMPLE_SITE.partner,
  slug: 'sandwell',
  name: 'Sandwell Council',
  shortName: 'Sandwell',
  siteDomain: 'fostering.sandwell.example',
  postcodeDistricts: ['B64', 'B65', 'B66', 'B67', 'B68', 'B69', 'B70'],
});
const partnership = partnerSchema.parse({
  ...EXAMPLE_SITE.partner,
  slug: 'big-fostering-partnership',
  name: 'The Big Fostering Partnership',
  shortName: 'Big Fostering Partnership',
  kind: 'partnership',
  siteDomain: 'bigfosteringpartnership.example',
  postcodeDistricts: [],
  coBranding: { agency: 'Foster Care Co-operative', alsoWith: [] },
  privacy: {
    ...EXAMPLE_SITE.partner.privacy,
    dataControllerName: 'Foster Care Co-operative',
    noticeUrl: 'https://bigfosteringpartnership.example/privacy-notice',
  },
});

const stories = EXAMPLE_SITE.stories.map((story) => storySchema.parse(story));
const faqs = EXAMPLE_SITE.faqs.map((faq) => faqSchema.parse(faq));
const events = [
  ...EXAMPLE_SITE.events,
  {
    ...EXAMPLE_SITE.events[0]!,
    title: 'Online drop-in',
    startsAt: '2027-06-15T17:30:00.000Z',
    endsAt: null,
    format: 'online' as const,
    venue: null,
    onlineLink: 'https://meet.example/fostering',
  },
].map((event) => eventSchema.parse(event));

/** Each block's first example on the home page, below the hero, as editors lay it out. */
const campaign = campaignSchema.parse({
  headline: 'Could you give a teenager a home?',
  intro: 'Young people are ready to leave children’s homes for a family.',
  blocks: BLOCK_EXAMPLES.map(({ examples }) => examples[0]!.block),
  checkerIntro: 'Answer a few questions to see whether you could foster.',
  language: 'en',
  writtenIn: ['en'],
});

const councils = [council, neighbour];
const siteOf = (partner: SiteData['partner']): SiteData => ({
  language: 'en',
  languages: ['en'],
  partner,
  campaign,
  stories,
  pages: [],
  faqs,
  events,
  councils,
});

export const EXAMPLE_SITES: Record<string, SiteData> = {
  dudley: siteOf(council),
  sandwell: siteOf(neighbour),
  'big-fostering-partnership': siteOf(partnership),
};

/** A page built from blocks, as marketing builds one: its blocks are the examples too. */
export const EXAMPLE_PAGE = pageSchema.parse({
  slug: 'allowances-and-support',
  title: 'Allowances and support',
  summary: 'What you are paid and the help you get.',
  blocks: BLOCK_EXAMPLES.flatMap(({ examples }) => examples.slice(1, 2).map((example) => example.block)),
  shownOn: 'all',
  navigationOrder: 1,
  updatedAt: '2026-12-01T00:00:00.000Z',
  language: 'en',
  writtenIn: ['en'],
  translations: { en: 'allowances-and-support' },
});

export async function loadExampleSite(slug: string): Promise<SiteData> {
  const site = EXAMPLE_SITES[slug];
  if (!site) throw new Error(`No example site "${slug}"`);
  return site;
}

export async function exampleNavigation(): Promise<Array<{ slug: string; title: string }>> {
  return [{ slug: EXAMPLE_PAGE.slug, title: EXAMPLE_PAGE.title }];
}
