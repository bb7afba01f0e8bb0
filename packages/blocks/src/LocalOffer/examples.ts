import type { BlockExample } from '../examples.ts';
import { EXAMPLE_SITE_WITHOUT_PARTNER_DATA } from '../exampleSite.ts';
import { LOCAL_OFFER_DEFAULTS } from './config.ts';

export const examples: BlockExample<'localOffer'>[] = [
  { name: 'offers and local groups', block: { type: 'localOffer', ...LOCAL_OFFER_DEFAULTS } },
  {
    name: 'nothing written yet: the fallback',
    block: { type: 'localOffer', ...LOCAL_OFFER_DEFAULTS },
    site: EXAMPLE_SITE_WITHOUT_PARTNER_DATA,
  },
];
