import type { CollectionSlug, Payload } from 'payload';
import { proseToRichText } from './richText.ts';
import type { WelshProse } from './cy/pages.ts';

/**
 * The seeded documents' sample Welsh (cy/: to be checked by a Welsh speaker), written over their English versions.
 * Localization keeps a document's structure once for every language, so a Welsh layout is the English one, row for
 * row (same ids), with the Welsh texts over it; a row's settings and anything the Welsh does not give stay as they are.
 */
type Row = Record<string, unknown> & { blockType?: string };
export type WelshRow = { blockType: string; prose?: WelshProse; imageAlt?: string } & Record<string, unknown>;

const context = { disableRebuild: true };

export function welshLayout<T extends object>(stored: T[] | null | undefined, welsh: readonly WelshRow[]): T[] {
  const rows = (stored ?? []) as Row[];
  if (rows.length !== welsh.length)
    throw new Error(`The Welsh layout has ${welsh.length} blocks, the English ${rows.length}`);
  return rows.map((row, index) => {
    const { blockType, prose, imageAlt: _imageAlt, steps, ...texts } = welsh[index]!;
    if (blockType !== row.blockType)
      throw new Error(`Block ${index + 1} is ${String(row.blockType)} in English and ${blockType} in Welsh`);
    const storedSteps = (row.steps ?? []) as Row[];
    return {
      ...row,
      ...texts,
      ...(prose ? { content: proseToRichText(prose) } : {}),
      ...(Array.isArray(steps) ? { steps: storedSteps.map((step, at) => ({ ...step, ...(steps[at] as Row) })) } : {}),
    } as T;
  });
}

/** The Welsh descriptions of the images a layout's image blocks show (their images are the English ones). */
export async function describeImagesInWelsh(
  payload: Payload,
  stored: readonly object[] | null | undefined,
  welsh: readonly WelshRow[],
) {
  for (const [index, row] of ((stored ?? []) as Row[]).entries()) {
    const alt = welsh[index]?.imageAlt;
    const image = row.image;
    if (alt && image)
      await describeInWelsh(payload, typeof image === 'object' ? (image as { id: number }).id : image, alt);
  }
}

export async function describeInWelsh(payload: Payload, id: unknown, alt: string) {
  await payload.update({ collection: 'media', id: id as number, locale: 'cy', data: { alt }, context });
}

/** Writes `data` as the Welsh version of a seeded document, published with it. */
export async function addWelsh(payload: Payload, collection: CollectionSlug, id: number | string, data: object) {
  await payload.update({
    collection,
    id,
    locale: 'cy',
    data: { ...data, ...(collection === 'stories' || collection === 'pages' ? { _status: 'published' } : {}) },
    context,
  } as never);
}
