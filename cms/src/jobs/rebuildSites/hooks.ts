import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalSlug,
  PayloadRequest,
} from 'payload';
import { affectedPartners, unionReach, type Reach } from './affectedPartners.ts';
import { requestRebuild } from './requestRebuild.ts';
import { publishedImageUses } from '../../collections/Media/publishedImageUses.ts';

/**
 * Hooks that rebuild exactly the partner sites a change touches. Each compares the document's PUBLIC state (the main
 * document, which Payload leaves untouched when a draft is saved) before and after the change.
 *
 * Seeding and bulk imports pass `context: { disableRebuild: true }`, as Payload's website template does with
 * disableRevalidate, so they trigger nothing.
 */
type Doc = Record<string, unknown> & { id?: number | string };

const beforeKey = (slug: string, id: unknown) => `rebuild:before:${slug}:${String(id)}`;

function withoutTimestamps(doc: Doc): string {
  const { updatedAt: _u, ...rest } = doc;
  return JSON.stringify(rest);
}

const samePublicState = (a: Doc, b: Doc) => withoutTimestamps(a) === withoutTimestamps(b);

async function publicCollectionDoc(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<Doc | null> {
  try {
    return (await req.payload.findByID({
      collection,
      id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as Doc | null;
  } catch {
    return null;
  }
}

function shouldSkip(req: PayloadRequest): boolean {
  return Boolean(req.context.disableRebuild);
}

async function rebuildIfAffected(req: PayloadRequest, reach: Reach, reason: string) {
  if (reach === null || (Array.isArray(reach) && reach.length === 0)) return;
  await requestRebuild({ payload: req.payload, req, partners: reach, reason });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each collection's reach function reads its own document type
type ReachOf = (doc: any) => Reach;

/** Sites a change touches beyond the document's own reach, found at hook time (e.g. the umbrella sites that list a council). */
export type AlsoRebuild = (change: { before: Doc | null; after: Doc | null; req: PayloadRequest }) => Promise<Reach>;

interface RebuildOptions {
  alsoRebuild?: AlsoRebuild;
  /** Where a deleted document still needs a rebuild; `reach` unless said otherwise. */
  deletedReach?: ReachOf;
}

export function rebuildSitesOnCollectionChange(
  collection: CollectionSlug,
  reach: ReachOf,
  { alsoRebuild, deletedReach = reach }: RebuildOptions = {},
) {
  const beforeChange: CollectionBeforeChangeHook = async ({ req, originalDoc, operation }) => {
    if (shouldSkip(req) || operation !== 'update' || !originalDoc?.id) return;
    // Read first, then store: a nested Local API call with `req` replaces req.context with a copy.
    const before = await publicCollectionDoc(req, collection, originalDoc.id);
    req.context[beforeKey(collection, originalDoc.id)] = before;
  };
  const afterChange: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
    if (shouldSkip(req)) return doc;
    const before = operation === 'update' ? ((req.context[beforeKey(collection, doc.id)] as Doc | null) ?? null) : null;
    const after = await publicCollectionDoc(req, collection, doc.id);
    const affected = unionReach(
      affectedPartners({ before, after, reach, samePublicState }),
      (await alsoRebuild?.({ before, after, req })) ?? null,
    );
    await rebuildIfAffected(
      req,
      affected,
      `${collection} ${String(doc.slug ?? doc.title ?? doc.id)} ${operation === 'create' ? 'created' : 'changed'}`,
    );
    return doc;
  };
  const afterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
    if (shouldSkip(req)) return doc;
    const affected = unionReach(
      deletedReach(doc as Doc),
      (await alsoRebuild?.({ before: doc as Doc, after: null, req })) ?? null,
    );
    await rebuildIfAffected(req, affected, `${collection} ${String(doc.slug ?? doc.title ?? doc.id)} deleted`);
    return doc;
  };
  return { beforeChange: [beforeChange], afterChange: [afterChange], afterDelete: [afterDelete] };
}

export function rebuildSitesOnGlobalChange(global: GlobalSlug, reach: ReachOf) {
  const key = beforeKey(global, 'global');
  const read = async (req: PayloadRequest) =>
    (await req.payload.findGlobal({
      slug: global,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc;
  const beforeChange: GlobalBeforeChangeHook = async ({ req, data }) => {
    if (!shouldSkip(req)) {
      const before = await read(req);
      req.context[key] = before;
    }
    return data;
  };
  const afterChange: GlobalAfterChangeHook = async ({ req, doc }) => {
    if (shouldSkip(req)) return doc;
    const affected = affectedPartners({
      before: (req.context[key] as Doc) ?? null,
      after: await read(req),
      reach,
      samePublicState,
    });
    await rebuildIfAffected(req, affected, `${global} changed`);
    return doc;
  };
  return { beforeChange: [beforeChange], afterChange: [afterChange] };
}

/**
 * An image is shown wherever the published documents that show it are (PUBLIC_CONTENT: the Home page, stories,
 * pages, partners' logos …): replacing it or correcting its alt text rebuilds exactly those sites.
 */
export const rebuildSitesOnMediaChange: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  if (shouldSkip(req) || operation !== 'update') return doc;
  // A block's image is not a column a query can reach on every adapter alike; published documents are few, so they are read whole.
  const uses = (await publishedImageUses(req, { whole: true })).filter((use) =>
    use.media.some((id) => String(id) === String(doc.id)),
  );
  const reach = uses.map((use) => use.source.reach(use.doc as never)).reduce<Reach>(unionReach, null);
  await rebuildIfAffected(req, reach, `image ${String(doc.filename ?? doc.id)} changed`);
  return doc;
};
