import type { Block } from 'payload';
import { fallbackField } from '../partnerData.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const LOCAL_OFFER_DEFAULTS = {
  heading: 'What we offer our foster carers',
  fallback: 'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
};

/** What this council offers its carers: its local offer, its support offer and its local groups. */
export const LocalOfferBlock: Block = {
  slug: 'localOffer',
  interfaceName: 'LocalOfferBlock',
  labels: { singular: 'Local offer', plural: 'Local offers' },
  fields: [{ name: 'heading', type: 'text', required: true, defaultValue: LOCAL_OFFER_DEFAULTS.heading }, fallbackField(LOCAL_OFFER_DEFAULTS.fallback)],
};
