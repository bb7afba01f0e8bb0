import type { SeedPage } from './seedPage.ts';

/**
 * Sample page: how carers are paid. The figures are invented samples, said so on the page, until each council gives
 * its own; they are rich text for now (a table block may come later).
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
        { heading: 'Sample figures' },
        'These figures are samples for this demonstration site, not real rates. Your council will tell you its own.',
        'Sample weekly allowance for a child aged 11 to 15: £250.',
        'Sample weekly Step Down fee: £450, paid on top of the allowance.',
        'Sample extra payments: a birthday, a religious festival and a holiday allowance each year.',
        { heading: 'Tax and benefits' },
        'Most foster carers pay little or no income tax on what they receive, thanks to qualifying care relief. Fostering can affect some benefits: ask us, and we will help you check before you apply.',
      ],
    },
    {
      blockType: 'keyFigure',
      figure: '£700',
      label: 'a week, the sample total of allowance and Step Down fee for one child (sample figure, not a real rate).',
      source: 'Sample figure for this demonstration site',
    },
    { blockType: 'callToAction', heading: 'Talk to us about what you would receive', text: 'Check whether you may be able to foster, then ask us about allowances where you live.', buttonLabel: 'Check if you could foster' },
  ],
};
