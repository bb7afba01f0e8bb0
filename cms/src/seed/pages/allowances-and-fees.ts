import type { SeedPage } from './seedPage.ts';

/**
 * Sample page: how carers are paid. Each council's weekly rates come from its own record through the allowances
 * table, so one page shows Dudley's figures on Dudley's site and Staffordshire's on Staffordshire's; the seeded
 * figures are samples and say so.
 */
export const allowancesAndFees: SeedPage = {
  title: 'Allowances and fees',
  slug: 'allowances-and-fees',
  summary: 'Sample page with sample figures: how foster carers are paid, and what the allowance and the fee are for.',
  showInNavigation: true,
  navigationOrder: 3,
  layout: [
    {
      blockType: 'richText',
      prose: [
        'Every foster carer receives two kinds of payment. The allowance covers what the child costs: food, clothes, travel, pocket money and activities. The fee recognises your time and skill. Step Down carers receive an enhanced fee.',
      ],
    },
    {
      blockType: 'allowancesTable',
      heading: 'Weekly allowances and fees where you live',
      intro: 'Paid for each child you foster, by the child’s age.',
      fallback:
        'Ask us what you would receive: our team will talk you through the allowances and fees for the council you would foster with.',
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Tax and benefits' },
        'Most foster carers pay little or no income tax on what they receive, thanks to qualifying care relief. Fostering can affect some benefits: ask us, and we will help you check before you apply.',
      ],
    },
    {
      blockType: 'callToAction',
      heading: 'Talk to us about what you would receive',
      text: 'Check whether you may be able to foster, then ask us about allowances where you live.',
      buttonLabel: 'Check if you could foster',
    },
  ],
};
