import { homeLayoutFromCampaignCopy } from '../globals/HomePage/fromCampaignCopy.ts';

/**
 * The home page's copy, from the facts of the original campaign page, in our own words. It is written as the fixed
 * sections the home page once had and laid out as blocks the way the migration lays out existing copy.
 */
const copy = {
  headline: 'Could you give a child from a children’s home a family?',
  intro:
    'The Big Fostering Partnership is looking for foster carers who can offer a stable, loving home to children who are ready to move on from residential care.',
  sections: [
    {
      heading: 'What is the Big Fostering Partnership?',
      body: 'The partnership joins the National Fostering Group, the UK’s largest independent fostering agency, with local councils in the West Midlands and The Big Issue. Together we recruit and support foster carers for children moving out of residential children’s homes into family life.',
    },
    {
      heading: 'Why the partnership was created',
      body: 'Too many children are still living in residential care when, with the right help, they could thrive in a foster family. By working together, councils and the agency can find more carers, share what they know, and match children with the right family sooner.',
    },
    {
      heading: 'How children and foster carers benefit',
      body: 'Children get a fresh start in a family home, where they can build confidence and resilience and learn to manage big feelings with someone beside them.\n\nFoster carers get an enhanced package of support and a higher fee, and the reward of watching a young person settle and grow.',
    },
    {
      heading: 'What is Step Down fostering?',
      body: 'When a child in care moves from a residential home into a foster family, it is often called “step down”. Many of us prefer “step across”, because it is a move towards something better, not a step back.\n\nLeaving familiar staff, friends and routines can be hard, even when a child has longed for a family. That is why carers are never on their own.',
    },
    {
      heading: 'You do not need to have fostered before',
      body: 'We welcome people from every background. You might have worked in a children’s home, cared for a relative, or worked in health, education or the police. What matters most is that you care about children and want to make a difference.',
    },
  ],
  bridgeToFoster: {
    heading: 'Bridge to Foster: support at every step',
    body: 'Bridge to Foster is the National Fostering Group’s wraparound support for carers and children making this move. It includes intensive support, advice from a clinical psychologist, specialist training, help out of hours and an enhanced fee, with a dedicated team for Step Down carers.',
    successRate: 85,
  },
  checkerIntro:
    'Answer a few quick questions to see whether you may be able to foster. It takes about two minutes, and you can leave your details at the end for a call back.',
};

export const homePage = {
  headline: copy.headline,
  intro: copy.intro,
  layout: homeLayoutFromCampaignCopy(copy),
  checkerIntro: copy.checkerIntro,
};
