import { fallbackField, type BlockConfig, type PartnerDataNeeded } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const LOCAL_OFFER_DEFAULTS = {
  heading: 'What we offer our foster carers',
  fallback:
    'Every foster carer has a supervising social worker, training and support from other carers. Ask us what that looks like where you live.',
};

/** What this council offers its carers: its local offer, its support offer and its local groups. */
export const config: BlockConfig = () => ({
  slug: 'localOffer',
  interfaceName: 'LocalOfferBlock',
  labels: { singular: 'Local offer', plural: 'Local offers' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: LOCAL_OFFER_DEFAULTS.heading },
    fallbackField(LOCAL_OFFER_DEFAULTS.fallback),
  ],
});

/** The partner's own data this block shows; without it, the site shows the fallback. */
export const partnerData: PartnerDataNeeded = {
  data: 'local offer, support offer or local groups',
  has: (p) => Boolean(p.localOffer?.trim() || p.supportOffer?.trim() || p.localGroups?.length),
};
