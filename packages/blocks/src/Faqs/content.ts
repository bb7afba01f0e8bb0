import { z } from 'astro/zod';
import type { BlockMapping, Related } from '../entries.ts';

/** The FAQs chosen (by id), or "all" those the site shows. */
export const schema = z.object({
  type: z.literal('faqs'),
  heading: z.string(),
  chosen: z.union([z.literal('all'), z.array(z.string())]),
});

/** The block as Payload stores it (its generated FaqsBlock fits). */
interface Stored {
  blockType: 'faqs';
  heading: string;
  faqs?: Array<Related<{ id: number | string }>> | null;
}

export const toEntry = (block: Stored, { chosen, where }: BlockMapping): z.infer<typeof schema> => ({
  type: 'faqs',
  heading: block.heading,
  chosen: chosen(block.faqs, (faq) => String(faq.id), `an FAQ of ${where}`),
});
