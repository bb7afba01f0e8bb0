import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'quote'>[] = [
  {
    name: 'a young person’s words',
    block: { type: 'quote', text: 'It feels like home now.', attribution: 'A young person in Dudley' },
  },
];
