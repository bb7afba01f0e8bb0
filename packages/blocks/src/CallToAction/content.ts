import { z } from 'astro/zod';

/** Always links to the site's own eligibility checker: there is no link to carry. */
export const schema = z.object({
  type: z.literal('callToAction'),
  heading: z.string(),
  text: z.string().nullable(),
  buttonLabel: z.string(),
});

/** The block as Payload stores it (its generated CallToActionBlock fits). */
interface Stored {
  blockType: 'callToAction';
  heading: string;
  text?: string | null;
  buttonLabel: string;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'callToAction',
  heading: block.heading,
  text: block.text ?? null,
  buttonLabel: block.buttonLabel,
});
