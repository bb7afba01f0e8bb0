export { partnersLoader, storiesLoader, pagesLoader, campaignLoader, faqsLoader, eventsLoader } from './loaders.ts';
export type { CmsLoaderOptions } from './loaders.ts';
export {
  partnerSchema,
  storySchema,
  pageSchema,
  pageBlockSchema,
  campaignSchema,
  imageSchema,
  faqSchema,
  eventSchema,
} from './schemas.ts';
export type {
  PartnerEntry,
  StoryEntry,
  PageEntry,
  PageBlockEntry,
  CampaignEntry,
  ImageEntry,
  FaqEntry,
  EventEntry,
  PartnerTexts,
} from './schemas.ts';
export { entryId, isShownOn, partnerInLanguage, siteLanguagesOf } from './mapping.ts';
export { cmsUrlFromEnv, publicCmsUrlFromEnv, previewTokenFromEnv } from './env.ts';
export { CmsUnavailableError, siteLanguagesFromCms } from './cmsClient.ts';
/** The addresses a page may not take: each is a route site-kit gives every site (the CMS's rule, re-exported for it). */
export { RESERVED_PAGE_SLUGS } from '@bfp/cms/reserved-page-slugs';
