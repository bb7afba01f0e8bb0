import { z } from 'astro/zod';

export const schema = z.object({ type: z.literal('events'), heading: z.string(), fallback: z.string() });

/** The block as Payload stores it (its generated EventsBlock fits). */
interface Stored {
  blockType: 'events';
  heading: string;
  fallback: string;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'events',
  heading: block.heading,
  fallback: block.fallback,
});
