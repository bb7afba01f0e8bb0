import type { Block } from 'payload';


/** What a new block starts with; the home page's layout uses the same. */
export const STORY_LIST_DEFAULTS = { heading: 'Stories from foster families' };

/** Carers' stories as cards: the ones chosen, or every story the site shows. */
export const StoryListBlock: Block = {
  slug: 'storyList',
  interfaceName: 'StoryListBlock',
  labels: { singular: 'List of stories', plural: 'Lists of stories' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: STORY_LIST_DEFAULTS.heading },
    {
      name: 'stories',
      label: 'Chosen stories',
      type: 'relationship',
      relationTo: 'stories',
      hasMany: true,
      admin: { description: 'Leave empty for every story shown on the site, newest first. A chosen story not shown on a site is left out there.' },
    },
  ],
};
