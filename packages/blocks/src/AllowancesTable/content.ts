import { z } from 'astro/zod';

/** A partner block: each site fills it from its own partner record, or shows the fallback text. */
export const schema = z.object({
  type: z.literal('allowancesTable'),
  heading: z.string(),
  intro: z.string().nullable(),
  fallback: z.string(),
});

/** The block as Payload stores it (its generated AllowancesTableBlock fits). */
interface Stored {
  blockType: 'allowancesTable';
  heading: string;
  intro?: string | null;
  fallback: string;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'allowancesTable',
  heading: block.heading,
  intro: block.intro ?? null,
  fallback: block.fallback,
});
