export { partnersLoader, storiesLoader, campaignLoader } from './loaders.ts';
export type { CmsLoaderOptions } from './loaders.ts';
export { partnerSchema, storySchema, campaignSchema, imageSchema } from './schemas.ts';
export type { PartnerEntry, StoryEntry, CampaignEntry, ImageEntry } from './schemas.ts';
export { isStoryShownOn } from './mapping.ts';
export { cmsUrlFromEnv, publicCmsUrlFromEnv } from './env.ts';
export { CmsUnavailableError } from './cmsClient.ts';
