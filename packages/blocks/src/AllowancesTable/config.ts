import { fallbackField, type BlockConfig, type PartnerDataNeeded } from '../fields.ts';

/** What a new block starts with; the home page's layout uses the same. */
export const ALLOWANCES_TABLE_DEFAULTS = {
  heading: 'Weekly allowances and fees',
  fallback: 'Ask us what you would receive: your council’s team will talk you through its allowances and fees.',
};

/** The partner's own weekly allowances and fees by the child's age: one page, each council's own figures. */
export const config: BlockConfig = () => ({
  slug: 'allowancesTable',
  interfaceName: 'AllowancesTableBlock',
  labels: { singular: 'Allowances and fees table', plural: 'Allowances and fees tables' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: ALLOWANCES_TABLE_DEFAULTS.heading },
    { name: 'intro', type: 'textarea', admin: { description: 'Optional: shown above every partner’s table.' } },
    fallbackField(ALLOWANCES_TABLE_DEFAULTS.fallback),
  ],
});

/** The partner's own data this block shows; without it, the site shows the fallback. */
export const partnerData: PartnerDataNeeded = {
  data: 'allowances and fees (age bands and the date they apply from)',
  has: (p) => (p.allowances?.bands?.length ?? 0) > 0,
};
