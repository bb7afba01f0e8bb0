import { defineCollection } from 'astro:content';
import { campaignLoader, partnersLoader, storiesLoader } from './loaders.ts';
import { cmsUrlFromEnv } from './env.ts';

/**
 * The content collections every partner site uses. A site's src/content.config.ts re-exports this, so all sites
 * read the CMS the same way.
 */
const cmsUrl = cmsUrlFromEnv();

export const collections = {
  partners: defineCollection({ loader: partnersLoader({ cmsUrl }) }),
  stories: defineCollection({ loader: storiesLoader({ cmsUrl }) }),
  campaign: defineCollection({ loader: campaignLoader({ cmsUrl }) }),
};
