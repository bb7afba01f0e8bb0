import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'storyList'>[] = [
  {
    name: 'every story the site shows',
    block: { type: 'storyList', heading: 'Stories from foster families', chosen: 'all' },
  },
  {
    name: 'chosen stories in the editor’s order',
    block: { type: 'storyList', heading: 'Two stories', chosen: ['step-by-step', 'a-room-of-her-own'] },
  },
];
