import { z } from 'astro/zod';
import { imageSchema, type BlockMapping, type Related } from '../entries.ts';

export const schema = z.object({ type: z.literal('image'), image: imageSchema, caption: z.string().nullable() });

/** The block as Payload stores it (its generated ImageBlock fits). */
interface Stored {
  blockType: 'image';
  image: Related<object> | null;
  caption?: string | null;
}

/** Null for an image block whose image was deleted: the page is shown without it. */
export function toEntry(block: Stored, { image: imageOf, where }: BlockMapping): z.infer<typeof schema> | null {
  const image = imageOf(block.image, `an image of ${where}`);
  if (!image) return null;
  return { type: 'image', image, caption: block.caption ?? null };
}
