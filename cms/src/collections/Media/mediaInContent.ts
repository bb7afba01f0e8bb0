import type { Block, Field } from 'payload';

/** The images a piece of content shows, found in its stored form (ids, or documents at depth ≥ 1). */
export type MediaId = number | string;

export const mediaIdOf = (value: unknown): MediaId | null =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? mediaIdOf((value as { id: unknown }).id)
      : null;

/** Media placed in rich text (a story's text, a page's text block): lexical upload nodes, at any depth. */
export function mediaInRichText(node: unknown, found: MediaId[] = []): MediaId[] {
  if (!node || typeof node !== 'object') return found;
  const { type, relationTo, value, children, root } = node as Record<string, unknown>;
  if (type === 'upload' && relationTo === 'media') {
    const id = mediaIdOf(value);
    if (id !== null) found.push(id);
  }
  if (root) mediaInRichText(root, found);
  if (Array.isArray(children)) for (const child of children) mediaInRichText(child, found);
  return found;
}

/** A block named by slug in `blockReferences` is defined once in the config's `blocks`. */
export type BlockBySlug = (slug: string) => Block | undefined;

const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((row) => row && typeof row === 'object') : [];

const pointsAtMedia = (relationTo: string | string[]) =>
  Array.isArray(relationTo) ? relationTo.includes('media') : relationTo === 'media';

/** An upload or relationship value: one id or many, each plain or polymorphic ({ relationTo, value }). */
function mediaInRelation(value: unknown, found: MediaId[]) {
  for (const item of Array.isArray(value) ? value : [value]) {
    const polymorphic =
      item && typeof item === 'object' && 'relationTo' in item
        ? (item as { relationTo: unknown; value: unknown })
        : null;
    if (polymorphic && polymorphic.relationTo !== 'media') continue;
    const id = mediaIdOf(polymorphic ? polymorphic.value : item);
    if (id !== null) found.push(id);
  }
}

/**
 * Every image a document (or a block, an array row, a group) shows, read through its field config: uploads and
 * relationships to media, and uploads placed in rich text, inside blocks, arrays, groups, rows, collapsibles and tabs
 * at any depth. Driven by the config, so a new block or field that holds an image is found without naming it here.
 */
export function mediaInFields(
  fields: readonly Field[],
  data: unknown,
  blockBySlug: BlockBySlug,
  found: MediaId[] = [],
): MediaId[] {
  if (!data || typeof data !== 'object') return found;
  const record = data as Record<string, unknown>;
  for (const field of fields) {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        mediaInFields(field.fields, record, blockBySlug, found);
        break;
      case 'group':
        mediaInFields(field.fields, 'name' in field && field.name ? record[field.name] : record, blockBySlug, found);
        break;
      case 'tabs':
        for (const tab of field.tabs)
          mediaInFields(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, blockBySlug, found);
        break;
      case 'array':
        for (const row of rows(record[field.name])) mediaInFields(field.fields, row, blockBySlug, found);
        break;
      case 'blocks':
        for (const row of rows(record[field.name])) {
          const slug = row.blockType;
          const inline = field.blocks?.find((block) => block.slug === slug);
          const referenced = field.blockReferences
            ?.map((block) => (typeof block === 'string' ? blockBySlug(block) : block))
            .find((block) => block?.slug === slug);
          const block = inline ?? referenced;
          if (block) mediaInFields(block.fields, row, blockBySlug, found);
        }
        break;
      case 'upload':
      case 'relationship':
        if (pointsAtMedia(field.relationTo)) mediaInRelation(record[field.name], found);
        break;
      case 'richText':
        mediaInRichText(record[field.name], found);
        break;
    }
  }
  return found;
}

/**
 * The names of a document's top-level data fields that can hold an image (what to `select` when only images are
 * wanted); empty when none can, so the collection need not be read at all.
 */
export function fieldsThatCanShowMedia(fields: readonly Field[], blockBySlug: BlockBySlug): string[] {
  const canShow = (field: Field): boolean => {
    switch (field.type) {
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return field.fields.some(canShow);
      case 'tabs':
        return field.tabs.some((tab) => tab.fields.some(canShow));
      case 'blocks':
        return [
          ...(field.blocks ?? []),
          ...(field.blockReferences ?? []).map((block) => (typeof block === 'string' ? blockBySlug(block) : block)),
        ].some((block) => block?.fields.some(canShow));
      case 'upload':
      case 'relationship':
        return pointsAtMedia(field.relationTo);
      case 'richText':
        return true;
      default:
        return false;
    }
  };
  return fields.flatMap((field): string[] => {
    if (!canShow(field)) return [];
    if (
      (field.type === 'row' ||
        field.type === 'collapsible' ||
        (field.type === 'group' && !('name' in field && field.name))) &&
      'fields' in field
    )
      return fieldsThatCanShowMedia(field.fields, blockBySlug);
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [tab.name] : fieldsThatCanShowMedia(tab.fields, blockBySlug),
      );
    return 'name' in field && field.name ? [field.name] : [];
  });
}
