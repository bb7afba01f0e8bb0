import type { BlockConfig } from '../fields.ts';

/**
 * A prompt to start. It has no link field: every call to action goes to the site's own eligibility checker (/check/),
 * the one front door, so an editor cannot send carers elsewhere by mistake.
 */
export const config: BlockConfig = () => ({
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    {
      name: 'buttonLabel',
      type: 'text',
      required: true,
      defaultValue: 'Check if you could foster',
      admin: { description: 'The button opens the site’s eligibility checker.' },
    },
  ],
});
