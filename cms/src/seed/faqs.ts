/**
 * Sample FAQs shown on every partner site. The answers restate what public fostering guidance says (gov.uk, the
 * Fostering Network, councils' own pages) in the partnership's own words, never copied, so partners can publish them.
 */
export const faqs = [
  {
    question: 'Can I foster if I rent my home?',
    answer:
      'Yes. Many foster carers rent. If you rent privately, your landlord will need to agree, and you need a spare bedroom for a child.',
    order: 1,
  },
  {
    question: 'Can I foster if I am single, or in a same-sex relationship?',
    answer:
      'Yes. Your relationship status and sexuality make no difference. What matters is that you can give a child a safe, caring home.',
    order: 2,
  },
  {
    question: 'Do I need experience?',
    answer:
      'You do not need to have fostered before. Experience of caring for or working with children helps, and we give you full training before a child moves in.',
    order: 3,
  },
  {
    question: 'How long does it take to become a foster carer?',
    answer:
      'Usually four to six months from your first call: a home visit, an application, checks and training, an assessment, and a fostering panel.',
    order: 4,
  },
].map((faq) => ({ ...faq, shownOn: 'all' as const }));
