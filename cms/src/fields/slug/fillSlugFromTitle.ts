import type { CollectionSlug, FieldHook } from 'payload';
import { slugFromTitle } from './rule.ts';

/** Tries "<slug>", "<slug>-2", … up to this many before leaving the clash for the unique index to report. */
const MAX_SUFFIX = 50;

/**
 * A document saved with no slug gets one from its title (the admin fills it in as the title is typed; this covers the
 * API and a slug cleared by hand), numbered when another document of the collection has it already. A slug that is
 * there is never changed: it is the document's address on every site, and links to it must keep working.
 * `refused` slugs (a page's reserved addresses) are skipped as if taken.
 */
export const fillSlugFromTitle =
  (collection: CollectionSlug, refused: (slug: string) => boolean = () => false): FieldHook =>
  async ({ value, data, originalDoc, req }) => {
    const current = value ?? (originalDoc as { slug?: unknown } | undefined)?.slug;
    if (typeof current === 'string' && current.trim()) return value;
    const base = slugFromTitle(data?.title ?? (originalDoc as { title?: unknown } | undefined)?.title);
    if (!base) return value;
    const id = (originalDoc as { id?: number | string } | undefined)?.id;
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (refused(candidate)) continue;
      const taken = await req.payload.count({
        collection,
        where:
          id === undefined
            ? { slug: { equals: candidate } }
            : { and: [{ slug: { equals: candidate } }, { id: { not_equals: id } }] },
        overrideAccess: true,
        req,
      });
      if (taken.totalDocs === 0) return candidate;
    }
    return base;
  };
