import { illustrationPng, type SeedImage } from '../media.ts';
import { reviewDateFromNow } from '../reviewDate.ts';

export const teganImage: SeedImage = {
  filename: 'story-tegan.png',
  alt: 'An abstract illustration in warm orange and pink tones',
  credit: 'Illustration: no real person is shown',
  render: illustrationPng({ from: '#f4a261', to: '#e76f51' }),
};

/** Sample story. Names are changed and no school, town or diagnosis is given, so no child can be identified. */
export const tegansStory = {
  title: 'Tegan’s story',
  slug: 'tegans-story',
  summary:
    'After years in a children’s home, Tegan moved in with a foster family. She talks about learning to feel at home.',
  paragraphs: [
    'Tegan had lived in a children’s home for a long time. She knew the staff and the routines, and the idea of moving to a family felt exciting and frightening at the same time.',
    'Her foster carers met her several times before she moved. They visited the home, went bowling together and let Tegan choose the colour of her new bedroom. The move happened in small steps, so nothing came as a shock.',
    'The first months were not always easy. Tegan tested the rules and sometimes pushed her carers away. With support from a therapist and a supervising social worker who was always at the end of the phone, her carers stayed calm and kept showing up.',
    '“It’s more relaxed than where I was before,” Tegan says. “I have more freedom, and I know they’re not going anywhere.”',
    'This is a sample story. Names and details have been changed.',
  ],
  shownOn: 'all' as const,
  isSample: true,
  safeguarding: { namesChanged: true, imageConsent: 'illustration' as const, reviewBy: reviewDateFromNow() },
};
