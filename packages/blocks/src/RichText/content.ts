import { z } from 'astro/zod';
import type { BlockMapping } from '../entries.ts';

/** HTML rendered by the CMS from the editor's rich text, as a story's body is. */
export const schema = z.object({ type: z.literal('richText'), html: z.string() });

/** The block as Payload stores it (its generated RichTextBlock fits). */
interface Stored {
  blockType: 'richText';
  contentHtml?: string | null;
}

export const toEntry = (block: Stored, { richTextHtml }: BlockMapping): z.infer<typeof schema> => ({
  type: 'richText',
  html: richTextHtml(block.contentHtml ?? ''),
});
