import { z } from 'astro/zod';

/** One figure ("85%"), what it measures, and its source (with a link only when the CMS has one). */
export const schema = z.object({
  type: z.literal('keyFigure'),
  figure: z.string(),
  label: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
});

/** The block as Payload stores it (its generated KeyFigureBlock fits). */
interface Stored {
  blockType: 'keyFigure';
  figure: string;
  label: string;
  source: string;
  sourceUrl?: string | null;
}

export const toEntry = (block: Stored): z.infer<typeof schema> => ({
  type: 'keyFigure',
  figure: block.figure,
  label: block.label,
  source: block.source,
  sourceUrl: block.sourceUrl ?? null,
});
