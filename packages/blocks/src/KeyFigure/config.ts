import type { BlockConfig } from '../fields.ts';

/**
 * One number that makes the case ("85%"), what it measures, and where it comes from: a figure on a public page must
 * name its source, so the source is required and its link is optional.
 */
export const config: BlockConfig = ({ typedUrlField }) => ({
  slug: 'keyFigure',
  interfaceName: 'KeyFigureBlock',
  labels: { singular: 'Key figure', plural: 'Key figures' },
  fields: [
    {
      name: 'figure',
      type: 'text',
      required: true,
      maxLength: 12,
      admin: { description: 'Short, e.g. "85%" or "£500".' },
    },
    { name: 'label', type: 'text', required: true, admin: { description: 'What the figure measures, as a sentence.' } },
    {
      name: 'source',
      type: 'text',
      required: true,
      admin: { description: 'Who published the figure, e.g. "National Fostering Group, 2024".' },
    },
    typedUrlField({
      name: 'sourceUrl',
      label: 'Source link',
      admin: { description: 'Optional: where a reader can check the figure.' },
    }),
  ],
});
