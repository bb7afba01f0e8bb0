import type { BlockConfig } from '../fields.ts';

/** Someone's words. The attribution follows the stories' rule: no real names of children, no identifying details. */
export const config: BlockConfig = () => ({
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  fields: [
    { name: 'text', type: 'textarea', required: true },
    {
      name: 'attribution',
      type: 'text',
      required: true,
      admin: { description: 'e.g. "A foster carer in Dudley". Never a child’s real name.' },
    },
  ],
});
