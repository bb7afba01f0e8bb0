import type { CollectionSlug, TextField } from 'payload';
import { isSlug, slugMessage } from './rule.ts';
import { fillSlugFromTitle } from './fillSlugFromTitle.ts';
import { refusing } from '../typedUrl.ts';

/**
 * The slug field every collection with an address uses: required, unique, filled in from the title while empty (in the
 * admin as the title is typed, and on the server), never changed after. `problem` adds a collection's own rule (a
 * page may not take an address the sites already use), as a message or null; it is refused on every save, drafts
 * included, since a draft's slug is the one it will be published with.
 */
export function slugField({
  collection,
  example,
  description,
  problem = () => null,
}: {
  collection: CollectionSlug;
  /** A slug that passes, shown in the refusal. */
  example: string;
  description: string;
  problem?: (slug: string) => string | null;
}): TextField {
  const own = refusing((value) => (typeof value === 'string' ? problem(value) : null), 'Slug');
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    // Each language's address in its own words (/cy/straeon/stori-tegan/), unique within that language.
    localized: true,
    validate: (value: unknown) => (isSlug(value) ? (problem(value) ?? true) : slugMessage(example)),
    hooks: {
      beforeValidate: [fillSlugFromTitle(collection, (slug) => problem(slug) !== null)],
      beforeChange: [own.refuse],
    },
    admin: {
      description: `${description} Filled in from the title while empty; lower-case words joined by hyphens.`,
      components: { Field: '/fields/slug/SlugFromTitleField.tsx#SlugFromTitleField' },
    },
  };
}
