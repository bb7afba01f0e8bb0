import type { Loader, LoaderContext } from 'astro/loaders';
import type { HomePage, Event, Faq, Page, Partner, Story } from '@bfp/cms/payload-types';
import { reservedPageSlugProblem } from '@bfp/cms/reserved-page-slugs';
import { draftQuery, fetchAllDocs, fetchJson } from './cmsClient.ts';
import { toCampaignEntry, toEventEntry, toFaqEntry, toPageEntry, toPartnerEntry, toStoryEntry } from './mapping.ts';
import { campaignSchema, eventSchema, faqSchema, pageSchema, partnerSchema, storySchema } from './schemas.ts';

export interface CmsLoaderOptions {
  /** Where the CMS answers at build time, e.g. http://localhost:3000. */
  cmsUrl: string;
  /** An editor's token: the build then shows drafts (a preview build, never deployed). */
  previewToken?: string;
}

/**
 * Replaces the collection's entries with `entries`, validating each against the collection schema. One record that
 * fails its schema is left out with a warning naming it, instead of failing the build: in a fleet build every
 * partner's site would otherwise go down with it. (A partner left out has no site this time; its own build reports it.)
 */
async function replaceEntries(context: LoaderContext, entries: Array<{ id: string; data: Record<string, unknown> }>) {
  context.store.clear();
  let skipped = 0;
  for (const entry of entries) {
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id: entry.id, data: entry.data });
    } catch (error) {
      skipped += 1;
      context.logger.warn(
        `left out ${context.collection} "${entry.id}": ${(error as Error).message.split('\n').slice(0, 4).join(' ')}`,
      );
      continue;
    }
    context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
  }
  context.logger.info(
    `${entries.length - skipped} ${context.collection} from the CMS${skipped ? ` (${skipped} left out)` : ''}`,
  );
}

/** Active partners: one site each. */
export function partnersLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-partners',
    schema: partnerSchema,
    async load(context) {
      const docs = await fetchAllDocs<Partner>(cmsUrl, 'partners', 'where[active][equals]=true&depth=1&sort=slug');
      const entries = await Promise.all(
        docs.map(async (doc) => {
          try {
            return [{ id: doc.slug, data: await toPartnerEntry(doc, cmsUrl) }];
          } catch (error) {
            // e.g. its logo was deleted: this partner has no site this time; the rest of the fleet is unaffected.
            context.logger.warn(`left out partners "${doc.slug}": ${(error as Error).message}`);
            return [];
          }
        }),
      );
      await replaceEntries(context, entries.flat());
    },
  };
}

export function storiesLoader({ cmsUrl, previewToken }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-stories',
    schema: storySchema,
    async load(context) {
      const docs = await fetchAllDocs<Story>(
        cmsUrl,
        'stories',
        `depth=1&sort=-createdAt${draftQuery({ previewToken })}`,
        { previewToken },
      );
      await replaceEntries(
        context,
        docs.map((doc) => ({ id: doc.slug, data: toStoryEntry(doc, cmsUrl) })),
      );
    },
  };
}

/**
 * Pages built from blocks, published ones only (drafts too in a preview build). Each site shows those shown on it
 * (site-kit filters, as it does stories). A page whose slug is one of the sites' own addresses (saved before the CMS
 * refused those) is left out with a warning: it would otherwise replace the checker or the stories on every site.
 */
export function pagesLoader({ cmsUrl, previewToken }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-pages',
    schema: pageSchema,
    async load(context) {
      const docs = await fetchAllDocs<Page>(cmsUrl, 'pages', `depth=1&sort=slug${draftQuery({ previewToken })}`, {
        previewToken,
      });
      const entries = docs.flatMap((doc) => {
        try {
          const reserved = reservedPageSlugProblem(doc.slug);
          if (reserved) throw new Error(reserved);
          return [{ id: doc.slug, data: toPageEntry(doc, cmsUrl) }];
        } catch (error) {
          // One page the sites cannot render must not take every partner's site down with it (a fleet build).
          context.logger.warn(`left out pages "${doc.slug}": ${(error as Error).message}`);
          return [];
        }
      });
      await replaceEntries(context, entries);
    },
  };
}

/** The shared campaign copy: a single entry with id "campaign". */
export function campaignLoader({ cmsUrl, previewToken }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-campaign',
    schema: campaignSchema,
    async load(context) {
      const doc = await fetchJson<HomePage>(cmsUrl, `/api/globals/home-page?depth=1${draftQuery({ previewToken })}`, {
        previewToken,
      });
      await replaceEntries(context, [{ id: 'campaign', data: toCampaignEntry(doc, cmsUrl) }]);
    },
  };
}

export function faqsLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-faqs',
    schema: faqSchema,
    async load(context) {
      const docs = await fetchAllDocs<Faq>(cmsUrl, 'faqs', 'depth=1&sort=order');
      await replaceEntries(
        context,
        docs.map((doc) => ({ id: String(doc.id), data: toFaqEntry(doc) })),
      );
    },
  };
}

/** Upcoming information events only: one that has ended by build time is not shown. */
export function eventsLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-events',
    schema: eventSchema,
    async load(context) {
      const now = encodeURIComponent(new Date().toISOString());
      const docs = await fetchAllDocs<Event>(
        cmsUrl,
        'events',
        `depth=1&sort=startsAt&where[startsAt][greater_than_equal]=${now}`,
      );
      await replaceEntries(
        context,
        docs.map((doc) => ({ id: String(doc.id), data: toEventEntry(doc) })),
      );
    },
  };
}
