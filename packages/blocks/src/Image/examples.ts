import type { BlockExample } from '../examples.ts';

const garden = {
  src: 'http://localhost:3000/api/media/file/garden-hero.png',
  alt: 'A garden with a swing',
  width: 1600,
  height: 900,
};

export const examples: BlockExample<'image'>[] = [
  {
    name: 'with a caption',
    block: { type: 'image', image: garden, caption: 'The garden of a foster family in Halesowen.' },
  },
  { name: 'without a caption', block: { type: 'image', image: garden, caption: null } },
];
