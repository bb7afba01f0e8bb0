import { illustrationPng, type SeedImage } from '../media.ts';
import { reviewDateFromNow } from '../reviewDate.ts';

export const malikImage: SeedImage = {
  filename: 'story-malik.png',
  alt: 'An abstract illustration in calm blue and green tones',
  credit: 'Illustration: no real person is shown',
  render: illustrationPng({ from: '#2a9d8f', to: '#264653' }),
};

/** Sample story, written from a carer's point of view. Pseudonymous, with no identifying detail. */
export const maliksStory = {
  title: 'Malik’s story',
  slug: 'maliks-story',
  summary:
    'Malik’s carers had never fostered before. With the Bridge to Foster team behind them, they gave him a family home.',
  paragraphs: [
    'When Malik’s carers first enquired, they worried that they had no fostering experience. One had worked in a youth club for years; the other had helped raise younger cousins. That turned out to matter more than they expected.',
    'Before Malik arrived, they completed their training and got to know the specialist team who would support them. They were told honestly that the first weeks might be hard, and they were.',
    'Malik found it difficult to trust adults and struggled with changes to his routine. His carers could call for advice at any hour, and a psychologist helped them understand what his behaviour was telling them.',
    'A year on, Malik plays football on Saturdays, has friends round after school and talks about his carers as family. “We learned as much as he did,” they say.',
    'This is a sample story. Names and details have been changed.',
  ],
  shownOn: 'all' as const,
  isSample: true,
  safeguarding: { namesChanged: true, imageConsent: 'illustration' as const, reviewBy: reviewDateFromNow() },
};
