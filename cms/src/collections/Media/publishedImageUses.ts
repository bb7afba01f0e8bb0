import type {
  CollectionSlug,
  GlobalSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedGlobalConfig,
} from 'payload';
import {
  campaignReach,
  eventReach,
  partnerReach,
  sharedContentReach,
  type Reach,
} from '../../jobs/rebuildSites/affectedPartners.ts';
import { fieldsThatCanShowMedia, mediaInFields, type BlockBySlug, type MediaId } from './mediaInContent.ts';

type Doc = Record<string, unknown>;

/** Something the public sites show, and on which sites (its reach, given the document). */
export type PublicSource = ({ collection: CollectionSlug } | { global: GlobalSlug }) & { reach: (doc: never) => Reach };

/**
 * Everything the partner sites show the public. An image any of these shows, once published, is public; a field or
 * block added to one of them is found through its config, so only a new kind of public document is added here.
 */
export const PUBLIC_CONTENT: PublicSource[] = [
  { collection: 'stories', reach: sharedContentReach },
  { collection: 'pages', reach: sharedContentReach },
  { collection: 'faqs', reach: sharedContentReach },
  { collection: 'events', reach: eventReach },
  { collection: 'partners', reach: partnerReach },
  { global: 'home-page', reach: campaignReach },
];

export interface ImageUse {
  source: PublicSource;
  /** The published document: all of it with `whole` (as its reach needs), otherwise the fields that can hold an image. */
  doc: Doc;
  media: MediaId[];
}

const hasDrafts = (config: SanitizedCollectionConfig | SanitizedGlobalConfig) =>
  Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts);

/**
 * Every published document the public sites show, with the images it shows: the one answer to "is this image in
 * published use" (the media library's public read) and "where is this image shown" (rebuilds after it changes).
 * Published as the public reads it: `_status` published where the document has drafts (the main document, which a
 * saved draft leaves alone), every document where it has none.
 */
export async function publishedImageUses(
  req: PayloadRequest,
  { whole = false }: { whole?: boolean } = {},
): Promise<ImageUse[]> {
  const { payload } = req;
  const blockBySlug: BlockBySlug = (slug) => payload.config.blocks?.find((block) => block.slug === slug);
  const read = { pagination: false, depth: 0, draft: false, overrideAccess: true, req } as const;
  const perSource = await Promise.all(
    PUBLIC_CONTENT.map(async (source): Promise<ImageUse[]> => {
      const config =
        'collection' in source
          ? payload.collections[source.collection]?.config
          : payload.globals.config.find((global) => global.slug === source.global);
      if (!config) return [];
      const names = fieldsThatCanShowMedia(config.fields, blockBySlug);
      if (!names.length) return [];
      // Only what reach and the published check read besides the images, unless the caller wants whole documents.
      const select = whole
        ? undefined
        : (Object.fromEntries(
            [...names, '_status']
              .filter((name) => name !== '_status' || hasDrafts(config))
              .map((name) => [name, true as const]),
          ) as Record<string, true>);
      let docs: Doc[];
      if ('collection' in source) {
        const where = hasDrafts(config) ? { _status: { equals: 'published' } } : undefined;
        docs = (await payload.find({ collection: source.collection, where, select, ...read })).docs as unknown as Doc[];
      } else {
        const doc = (await payload.findGlobal({
          slug: source.global,
          select,
          depth: 0,
          draft: false,
          overrideAccess: true,
          req,
        })) as unknown as Doc;
        docs = !hasDrafts(config) || doc._status === 'published' ? [doc] : [];
      }
      return docs
        .map((doc) => ({ source, doc, media: mediaInFields(config.fields, doc, blockBySlug) }))
        .filter((use) => use.media.length > 0);
    }),
  );
  return perSource.flat();
}
