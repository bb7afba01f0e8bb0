import { fallbackField, type BlockConfig, type PartnerDataNeeded } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const PARTNER_CONTACT_DEFAULTS = {
  heading: 'Talk to our fostering team',
  fallback: 'Call or e-mail us and we will get back to you within one working day.',
};

/** The partner's own phone, e-mail and office hours, from its record, so a page never carries a stale number. */
export const config: BlockConfig = () => ({
  slug: 'partnerContact',
  interfaceName: 'PartnerContactBlock',
  labels: { singular: 'Contact and office hours', plural: 'Contact and office hours' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: PARTNER_CONTACT_DEFAULTS.heading },
    fallbackField(PARTNER_CONTACT_DEFAULTS.fallback),
  ],
});

/** The partner's own data this block shows; without it, the site shows the fallback. */
export const partnerData: PartnerDataNeeded = {
  data: 'office hours',
  has: (p) => Boolean(p.contact?.officeHours?.trim()),
};
