import { z } from 'astro/zod';

export const schema = z.object({ type: z.literal('quote'), text: z.string(), attribution: z.string() });

/** The block as Payload stores it (its generated QuoteBlock fits). */
interface Stored {
  blockType: 'quote';
  text: string;
  attribution: string;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'quote',
  text: block.text,
  attribution: block.attribution,
});
