import type { Loader, LoaderContext } from 'astro/loaders';
import type { CampaignCopy, Partner, Story } from '@bfp/cms/payload-types';
import { fetchAllDocs, fetchJson } from './cmsClient.ts';
import { toCampaignEntry, toPartnerEntry, toStoryEntry } from './mapping.ts';
import { campaignSchema, partnerSchema, storySchema } from './schemas.ts';

export interface CmsLoaderOptions {
  /** Where the CMS answers at build time, e.g. http://localhost:3000. */
  cmsUrl: string;
}

/** Replaces the collection's entries with `entries`, validating each against the collection schema. */
async function replaceEntries(context: LoaderContext, entries: Array<{ id: string; data: Record<string, unknown> }>) {
  context.store.clear();
  for (const entry of entries) {
    const data = await context.parseData({ id: entry.id, data: entry.data });
    context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
  }
  context.logger.info(`${entries.length} ${context.collection} from the CMS`);
}

/** Active partners: one site each. */
export function partnersLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-partners',
    schema: partnerSchema,
    async load(context) {
      const docs = await fetchAllDocs<Partner>(cmsUrl, 'partners', 'where[active][equals]=true&depth=1&sort=slug');
      const entries = await Promise.all(docs.map(async (doc) => ({ id: doc.slug, data: await toPartnerEntry(doc, cmsUrl) })));
      await replaceEntries(context, entries);
    },
  };
}

export function storiesLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-stories',
    schema: storySchema,
    async load(context) {
      const docs = await fetchAllDocs<Story>(cmsUrl, 'stories', 'depth=1&sort=-createdAt');
      await replaceEntries(context, docs.map((doc) => ({ id: doc.slug, data: toStoryEntry(doc, cmsUrl) })));
    },
  };
}

/** The shared campaign copy: a single entry with id "campaign". */
export function campaignLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-campaign',
    schema: campaignSchema,
    async load(context) {
      const doc = await fetchJson<CampaignCopy>(cmsUrl, '/api/globals/campaign-copy?depth=0');
      await replaceEntries(context, [{ id: 'campaign', data: toCampaignEntry(doc) }]);
    },
  };
}
