import { defineCollection } from 'astro:content';
import { campaignLoader, eventsLoader, faqsLoader, pagesLoader, partnersLoader, storiesLoader } from './loaders.ts';
import { cmsUrlFromEnv, previewTokenFromEnv } from './env.ts';

/**
 * The content collections every partner site uses. A site's src/content.config.ts re-exports this, so all sites
 * read the CMS the same way.
 */
const cmsUrl = cmsUrlFromEnv();
const previewToken = previewTokenFromEnv();

export const collections = {
  partners: defineCollection({ loader: partnersLoader({ cmsUrl }) }),
  stories: defineCollection({ loader: storiesLoader({ cmsUrl, previewToken }) }),
  pages: defineCollection({ loader: pagesLoader({ cmsUrl, previewToken }) }),
  campaign: defineCollection({ loader: campaignLoader({ cmsUrl, previewToken }) }),
  faqs: defineCollection({ loader: faqsLoader({ cmsUrl }) }),
  events: defineCollection({ loader: eventsLoader({ cmsUrl }) }),
};
