import type { BlockExample } from '../examples.ts';
import { EXAMPLE_SITE_WITHOUT_PARTNER_DATA } from '../exampleSite.ts';
import { ALLOWANCES_TABLE_DEFAULTS } from './config.ts';

export const examples: BlockExample<'allowancesTable'>[] = [
  {
    name: 'the partner’s age bands, with fees',
    block: {
      type: 'allowancesTable',
      ...ALLOWANCES_TABLE_DEFAULTS,
      intro: 'Every foster carer is paid an allowance for each child.',
    },
  },
  {
    name: 'a partner without figures: the fallback',
    block: { type: 'allowancesTable', ...ALLOWANCES_TABLE_DEFAULTS, intro: null },
    site: EXAMPLE_SITE_WITHOUT_PARTNER_DATA,
  },
];
