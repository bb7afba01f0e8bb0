import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'callToAction'>[] = [
  {
    name: 'with text',
    block: {
      type: 'callToAction',
      heading: 'Could you foster?',
      text: 'It takes two minutes to find out.',
      buttonLabel: 'Check if you could foster',
    },
  },
  {
    name: 'heading and button only',
    block: { type: 'callToAction', heading: 'Ready to start?', text: null, buttonLabel: 'Start now' },
  },
];
