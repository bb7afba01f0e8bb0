import type { BlockExample } from '../examples.ts';
import { EXAMPLE_SITE_WITHOUT_PARTNER_DATA } from '../exampleSite.ts';
import { PARTNER_CONTACT_DEFAULTS } from './config.ts';

export const examples: BlockExample<'partnerContact'>[] = [
  { name: 'with office hours and an address', block: { type: 'partnerContact', ...PARTNER_CONTACT_DEFAULTS } },
  {
    name: 'without office hours: the fallback',
    block: { type: 'partnerContact', ...PARTNER_CONTACT_DEFAULTS },
    site: EXAMPLE_SITE_WITHOUT_PARTNER_DATA,
  },
];
