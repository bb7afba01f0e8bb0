export { partnersLoader, storiesLoader, campaignLoader, faqsLoader, eventsLoader } from './loaders.ts';
export type { CmsLoaderOptions } from './loaders.ts';
export { partnerSchema, storySchema, campaignSchema, imageSchema, faqSchema, eventSchema } from './schemas.ts';
export type { PartnerEntry, StoryEntry, CampaignEntry, ImageEntry, FaqEntry, EventEntry } from './schemas.ts';
export { isShownOn } from './mapping.ts';
export { cmsUrlFromEnv, publicCmsUrlFromEnv, previewTokenFromEnv } from './env.ts';
export { CmsUnavailableError } from './cmsClient.ts';
