import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'richText'>[] = [
  {
    name: 'headings, a list and a link',
    block: {
      type: 'richText',
      html: '<h2>What Step Down fostering is</h2><p>A young person moves from a children’s home to a <strong>family</strong>.</p><ul><li>Training before you start</li><li>Support day and night</li></ul><p>Read <a href="https://www.gov.uk/foster-carers">the government’s guide</a>.</p>',
    },
  },
];
