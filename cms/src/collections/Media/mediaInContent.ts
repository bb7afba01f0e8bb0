/** The images a piece of content shows, found in its stored form (ids, or documents at depth ≥ 1). */
export type MediaId = number | string;

export const mediaIdOf = (value: unknown): MediaId | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? mediaIdOf((value as { id: unknown }).id) : null;

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

/** Every image a page's layout shows: its image blocks, and uploads placed in its text blocks. */
export function mediaInBlocks(layout: unknown): MediaId[] {
  if (!Array.isArray(layout)) return [];
  return layout.flatMap((block: { blockType?: string; image?: unknown; content?: unknown }) => {
    if (block?.blockType === 'image') return [mediaIdOf(block.image)].filter((id): id is MediaId => id !== null);
    if (block?.blockType === 'richText') return mediaInRichText(block.content);
    return [];
  });
}
