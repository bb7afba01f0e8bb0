import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'keyFigure'>[] = [
  {
    name: 'with a source link',
    block: {
      type: 'keyFigure',
      figure: '85%',
      label: 'of young people moved successfully into a family.',
      source: 'National Fostering Group, 2024',
      sourceUrl: 'https://www.example.org/report',
    },
  },
  {
    name: 'with its source named only',
    block: {
      type: 'keyFigure',
      figure: '£500',
      label: 'a week, on average, for a teenager.',
      source: 'Dudley Council',
      sourceUrl: null,
    },
  },
];
