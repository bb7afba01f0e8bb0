import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'faqs'>[] = [
  { name: 'every FAQ the site shows', block: { type: 'faqs', heading: 'Questions people ask', chosen: 'all' } },
  { name: 'one chosen FAQ', block: { type: 'faqs', heading: 'About your home', chosen: ['1'] } },
];
