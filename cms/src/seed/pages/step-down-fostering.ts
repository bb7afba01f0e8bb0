import { illustrationPng, type SeedImage } from '../media.ts';
import type { SeedPage } from './seedPage.ts';

export const stepDownImage: SeedImage = {
  filename: 'page-step-down.png',
  alt: 'An abstract illustration of two soft shapes side by side, in warm orange and yellow',
  credit: 'Illustration: no real person is shown',
  render: illustrationPng({ from: '#e76f51', to: '#f4a261' }),
};

/** Sample page: what Step Down (or "step across") fostering is, from the domain notes and the original campaign page. */
export const stepDownFostering: SeedPage = {
  title: 'Step Down fostering',
  slug: 'step-down-fostering',
  summary:
    'Sample page: what it means to foster a child who is moving out of a residential children’s home, and who it suits.',
  showInNavigation: true,
  navigationOrder: 1,
  layout: [
    {
      blockType: 'richText',
      prose: [
        'Some children live in residential children’s homes when a family could give them more. Step Down fostering is how they move into one: a foster carer offers a long-term home to a child who is ready to leave residential care.',
        'Many carers call it “stepping across” rather than stepping down. It is a move towards family life, not a step back.',
        { heading: 'Who the children are' },
        'Most are between 9 and 15 years old, and many have lived in a children’s home for years. Leaving the staff, friends and routines they know can be hard, even for a child who has wanted a family for a long time.',
      ],
    },
    {
      blockType: 'image',
      image: stepDownImage,
      caption: 'Sample illustration. We never show photographs of children in care.',
    },
    {
      blockType: 'quote',
      text: 'It is more relaxed than where I was before, and I have more freedom. It feels like home.',
      attribution: 'A young person who moved in with foster carers (sample quote, words changed)',
    },
    {
      blockType: 'richText',
      prose: [
        { heading: 'Who can do it' },
        'You do not need to have fostered before. People who have worked in children’s homes, schools, health or the police often do well, and so do people who raised a relative’s children. You need to be 21 or over, have a spare bedroom and have the right to live in the UK.',
      ],
    },
    {
      blockType: 'callToAction',
      heading: 'Could you offer a child a family home?',
      text: 'A few questions tell you whether you may be able to foster. It takes about two minutes.',
      buttonLabel: 'Check if you could foster',
    },
  ],
};
