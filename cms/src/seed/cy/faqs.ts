// Sample translation, to be checked by a Welsh speaker before launch.

export interface WelshFaq {
  question: string;
  answer: string;
}

/**
 * The sample FAQs (../faqs.ts) in Welsh, KEYED BY THE ENGLISH QUESTION exactly as ../faqs.ts writes it (so a change to
 * an English question shows up as a missing Welsh one rather than a Welsh answer under the wrong question). The
 * entries are also in the English order. Answers to "Can I…?" open with "Gallwch", the Welsh yes that follows the
 * question's verb.
 */
export const welshFaqs: Record<string /* the ENGLISH question */, WelshFaq> = {
  'Can I foster if I rent my home?': {
    question: 'A alla i faethu os ydw i’n rhentu fy nghartref?',
    answer:
      'Gallwch. Mae llawer o ofalwyr maeth yn rhentu. Os ydych chi’n rhentu’n breifat, bydd angen i’ch landlord gytuno, ac mae angen ystafell wely sbâr arnoch ar gyfer plentyn.',
  },
  'Can I foster if I am single, or in a same-sex relationship?': {
    question: 'A alla i faethu os ydw i’n sengl, neu mewn perthynas â rhywun o’r un rhyw?',
    answer:
      'Gallwch. Does dim gwahaniaeth beth yw eich statws perthynas na’ch rhywioldeb. Yr hyn sy’n bwysig yw eich bod chi’n gallu rhoi cartref diogel a gofalgar i blentyn.',
  },
  'Do I need experience?': {
    question: 'Oes angen profiad arna i?',
    answer:
      'Does dim angen i chi fod wedi maethu o’r blaen. Mae profiad o ofalu am blant neu o weithio gyda nhw yn help, ac rydym yn rhoi hyfforddiant llawn i chi cyn i blentyn symud i mewn.',
  },
  'How long does it take to become a foster carer?': {
    question: 'Faint o amser mae’n ei gymryd i ddod yn ofalwr maeth?',
    answer:
      'Pedwar i chwe mis fel arfer o’ch galwad gyntaf: ymweliad cartref, cais, gwiriadau a hyfforddiant, asesiad, a phanel maethu.',
  },
};
