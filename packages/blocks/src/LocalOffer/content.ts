import { z } from 'astro/zod';

/** A partner block: each site fills it from its own partner record, or shows the fallback text. */
export const schema = z.object({ type: z.literal('localOffer'), heading: z.string(), fallback: z.string() });

/** The block as Payload stores it (its generated LocalOfferBlock fits). */
interface Stored {
  blockType: 'localOffer';
  heading: string;
  fallback: string;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'localOffer',
  heading: block.heading,
  fallback: block.fallback,
});
