/** The content loader's entry point: each block's schema and mapping, composed. Nothing here renders. */
import { z } from 'astro/zod';
import type { BlockMapping } from './entries.ts';
import * as RichText from './RichText/content.ts';
import * as KeyFigure from './KeyFigure/content.ts';
import * as Steps from './Steps/content.ts';
import * as CallToAction from './CallToAction/content.ts';
import * as Quote from './Quote/content.ts';
import * as Image from './Image/content.ts';
import * as Faqs from './Faqs/content.ts';
import * as StoryList from './StoryList/content.ts';
import * as Events from './Events/content.ts';
import * as AllowancesTable from './AllowancesTable/content.ts';
import * as PartnerContact from './PartnerContact/content.ts';
import * as LocalOffer from './LocalOffer/content.ts';

export { imageSchema, type ImageEntry, type BlockMapping, type Related } from './entries.ts';

/** Every block's content, one per folder. */
export const BLOCK_CONTENTS = [
  RichText,
  KeyFigure,
  Steps,
  CallToAction,
  Quote,
  Image,
  Faqs,
  StoryList,
  Events,
  AllowancesTable,
  PartnerContact,
  LocalOffer,
] as const;

type SchemasOf<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends { schema: infer S } ? S : never;
};

/** The blocks a page is built from, each as plain data for its own component. */
export const pageBlockSchema = z.discriminatedUnion(
  'type',
  BLOCK_CONTENTS.map((block) => block.schema) as SchemasOf<typeof BLOCK_CONTENTS>,
);

export type PageBlockEntry = z.infer<typeof pageBlockSchema>;

/** A block as Payload stores it: the content loader checks at compile time that its generated block types fit. */
export type StoredPageBlock = Parameters<(typeof BLOCK_CONTENTS)[number]['toEntry']>[0];

const byType = new Map<string, (typeof BLOCK_CONTENTS)[number]>(
  BLOCK_CONTENTS.map((block) => [block.schema.shape.type.value, block]),
);

/** A block as the sites render it; null when it has nothing left to show (an image block whose image was deleted). */
export function toPageBlock(block: StoredPageBlock, mapping: BlockMapping): PageBlockEntry | null {
  const content = byType.get(block.blockType);
  if (!content)
    throw new Error(`${mapping.where} has a block of a type no folder of @bfp/blocks defines: "${block.blockType}"`);
  return content.toEntry(block as never, mapping);
}
