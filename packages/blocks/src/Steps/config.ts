import type { BlockConfig } from '../fields.ts';

/** A process in order (enquiry to approval): rendered as a numbered list, so its order is read out too. */
export const config: BlockConfig = () => ({
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Steps', plural: 'Steps' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'description', type: 'textarea', required: true },
      ],
    },
  ],
});
