import { chosenField, type BlockConfig } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const STORY_LIST_DEFAULTS = { heading: 'Stories from foster families' };

/** Carers' stories as cards: the ones chosen, or every story the site shows. */
export const config: BlockConfig = () => ({
  slug: 'storyList',
  interfaceName: 'StoryListBlock',
  labels: { singular: 'List of stories', plural: 'Lists of stories' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: STORY_LIST_DEFAULTS.heading },
    chosenField({ name: 'stories', relationTo: 'stories', what: 'stories', one: 'story' }),
  ],
});
