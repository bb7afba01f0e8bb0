import type { Loader, LoaderContext } from 'astro/loaders';
import type { HomePage, Event, Faq, Page, Partner, Story } from '@bfp/cms/payload-types';
import { reservedPageSlugProblem } from '@bfp/cms/reserved-page-slugs';
import { draftQuery, fetchAllDocs, fetchJson } from './cmsClient.ts';
import {
  toCampaignEntry,
  toEventEntry,
  toFaqEntry,
  toPageEntry,
  toPartnerEntry,
  toPartnerTexts,
  toStoryEntry,
  entryId,
} from './mapping.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@bfp/eligibility';
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

/** Every image a document shows has its description in the language it was read in (a Welsh page never shows English). */
function describesEveryImage(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(describesEveryImage);
  if (!value || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  if ('mimeType' in record && 'filename' in record) return typeof record.alt === 'string' && record.alt.trim() !== '';
  return Object.values(record).every(describesEveryImage);
}

interface InLanguages<T> {
  languages: Array<{ language: Language; docs: T[] }>;
  /** The languages a document (by its CMS id) was found whole in here. */
  presentIn: (id: number | string) => Language[];
}

/**
 * Reads the documents once a language, each language on its own (no fallback: a text not written in Welsh reads as
 * missing), and keeps, for each language, the documents written in it: those `present` finds there, whose images are
 * all described in it.
 */
async function inEveryLanguage<T extends { id: number | string }>(
  read: (languageQuery: string) => Promise<T[]>,
  present: (doc: T) => boolean,
): Promise<InLanguages<T>> {
  const languages = await Promise.all(
    LANGUAGES.map(async (language) => ({
      language,
      docs: (await read(`&locale=${language}&fallback-locale=none`)).filter(
        (doc) => language === DEFAULT_LANGUAGE || (present(doc) && describesEveryImage(doc)),
      ),
    })),
  );
  const found = new Map<number | string, Language[]>();
  for (const { language, docs } of languages)
    for (const doc of docs) found.set(doc.id, [...(found.get(doc.id) ?? []), language]);
  return { languages, presentIn: (id) => found.get(id) ?? [] };
}

type Written = { id: number | string; writtenIn?: string[] | null };
/** The entry's language, and the languages it is whole in: written in them in the CMS, and found whole here. */
const written = <T extends Written>(doc: T, language: Language, { presentIn }: InLanguages<T>) => ({
  language,
  writtenIn: LANGUAGES.filter((code) => (doc.writtenIn ?? []).includes(code) && presentIn(doc.id).includes(code)),
});

/** Each document's slug in every language it has one in, by its CMS id: the language link goes to the other. */
function slugsByDocument<T extends { id: number | string; slug?: string | null }>(
  languages: Array<{ language: Language; docs: T[] }>,
) {
  const slugs = new Map<T['id'], Record<string, string>>();
  for (const { language, docs } of languages)
    for (const doc of docs) if (doc.slug) slugs.set(doc.id, { ...slugs.get(doc.id), [language]: doc.slug });
  return (doc: T) => slugs.get(doc.id) ?? {};
}

/** Active partners: one site each. */
export function partnersLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-partners',
    schema: partnerSchema,
    async load(context) {
      const { languages } = await inEveryLanguage(
        (languageQuery) =>
          fetchAllDocs<Partner>(cmsUrl, 'partners', `where[active][equals]=true&depth=1&sort=slug${languageQuery}`),
        () => true,
      );
      const docs = languages.find(({ language }) => language === DEFAULT_LANGUAGE)!.docs;
      const entries = await Promise.all(
        docs.map(async (doc) => {
          try {
            const data = await toPartnerEntry(doc, cmsUrl);
            for (const { language, docs: inLanguage } of languages) {
              const translated = inLanguage.find((other) => other.id === doc.id);
              if (language !== DEFAULT_LANGUAGE && translated && data.languages.includes(language))
                data.texts[language] = toPartnerTexts(translated);
            }
            return [{ id: doc.slug, data }];
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
      const read = await inEveryLanguage(
        (languageQuery) =>
          fetchAllDocs<Story>(
            cmsUrl,
            'stories',
            `depth=1&sort=-createdAt${draftQuery({ previewToken })}${languageQuery}`,
            {
              previewToken,
            },
          ),
        (doc) => Boolean(doc.slug && doc.title),
      );
      const translations = slugsByDocument(read.languages);
      await replaceEntries(
        context,
        read.languages.flatMap(({ language, docs }) =>
          docs.map((doc) => ({
            id: entryId(language, doc.slug),
            data: { ...toStoryEntry(doc, cmsUrl), ...written(doc, language, read), translations: translations(doc) },
          })),
        ),
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
      const read = await inEveryLanguage(
        (languageQuery) =>
          fetchAllDocs<Page>(cmsUrl, 'pages', `depth=1&sort=slug${draftQuery({ previewToken })}${languageQuery}`, {
            previewToken,
          }),
        (doc) => Boolean(doc.slug && doc.title),
      );
      const translations = slugsByDocument(read.languages);
      const entries = read.languages.flatMap(({ language, docs }) =>
        docs.flatMap((doc) => {
          try {
            const reserved = reservedPageSlugProblem(doc.slug);
            if (reserved) throw new Error(reserved);
            return [
              {
                id: entryId(language, doc.slug),
                data: { ...toPageEntry(doc, cmsUrl), ...written(doc, language, read), translations: translations(doc) },
              },
            ];
          } catch (error) {
            // One page the sites cannot render must not take every partner's site down with it (a fleet build).
            context.logger.warn(`left out pages "${doc.slug}": ${(error as Error).message}`);
            return [];
          }
        }),
      );
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
      const read = await inEveryLanguage(
        async (languageQuery) => [
          await fetchJson<HomePage>(
            cmsUrl,
            `/api/globals/home-page?depth=1${draftQuery({ previewToken })}${languageQuery}`,
            {
              previewToken,
            },
          ),
        ],
        (doc) => Boolean(doc.headline),
      );
      await replaceEntries(
        context,
        read.languages.flatMap(({ language, docs }) =>
          docs.map((doc) => ({
            id: entryId(language, 'campaign'),
            data: { ...toCampaignEntry(doc, cmsUrl), ...written(doc, language, read) },
          })),
        ),
      );
    },
  };
}

export function faqsLoader({ cmsUrl }: CmsLoaderOptions): Loader {
  return {
    name: 'bfp-faqs',
    schema: faqSchema,
    async load(context) {
      const read = await inEveryLanguage(
        (languageQuery) => fetchAllDocs<Faq>(cmsUrl, 'faqs', `depth=1&sort=order${languageQuery}`),
        (doc) => Boolean(doc.question),
      );
      await replaceEntries(
        context,
        read.languages.flatMap(({ language, docs }) =>
          docs.map((doc) => ({
            id: entryId(language, String(doc.id)),
            data: { ...toFaqEntry(doc), ...written(doc, language, read) },
          })),
        ),
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
      const read = await inEveryLanguage(
        (languageQuery) =>
          fetchAllDocs<Event>(
            cmsUrl,
            'events',
            `depth=1&sort=startsAt&where[startsAt][greater_than_equal]=${now}${languageQuery}`,
          ),
        (doc) => Boolean(doc.title),
      );
      await replaceEntries(
        context,
        read.languages.flatMap(({ language, docs }) =>
          docs.map((doc) => ({
            id: entryId(language, String(doc.id)),
            data: { ...toEventEntry(doc), ...written(doc, language, read) },
          })),
        ),
      );
    },
  };
}
