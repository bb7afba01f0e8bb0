import { chosenField, type BlockConfig } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const FAQS_DEFAULTS = { heading: 'Questions people ask' };

/** Questions and answers from the FAQs collection: the ones chosen, or every FAQ the site shows. */
export const config: BlockConfig = () => ({
  slug: 'faqs',
  interfaceName: 'FaqsBlock',
  labels: { singular: 'FAQs', plural: 'FAQs' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: FAQS_DEFAULTS.heading },
    chosenField({ name: 'faqs', relationTo: 'faqs', what: 'FAQs', one: 'FAQ' }),
  ],
});
