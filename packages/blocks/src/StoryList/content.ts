import { z } from 'astro/zod';
import type { BlockMapping, Related } from '../entries.ts';

/** The stories chosen (by slug), or "all" those the site shows. */
export const schema = z.object({
  type: z.literal('storyList'),
  heading: z.string(),
  chosen: z.union([z.literal('all'), z.array(z.string())]),
});

/** The block as Payload stores it (its generated StoryListBlock fits). */
interface Stored {
  blockType: 'storyList';
  heading: string;
  stories?: Array<Related<{ slug: string }>> | null;
}

export const toEntry = (block: Stored, { chosen, where }: BlockMapping): z.infer<typeof schema> => ({
  type: 'storyList',
  heading: block.heading,
  chosen: chosen(block.stories, (story) => story.slug, `a story of ${where}`),
});
