import { z } from 'astro/zod';

export const schema = z.object({
  type: z.literal('steps'),
  heading: z.string(),
  steps: z.array(z.object({ title: z.string(), description: z.string() })).min(1),
});

/** The block as Payload stores it (its generated StepsBlock fits). */
interface Stored {
  blockType: 'steps';
  heading: string;
  steps?: Array<{ title: string; description: string }> | null;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'steps',
  heading: block.heading,
  steps: (block.steps ?? []).map(({ title, description }) => ({ title, description })),
});
