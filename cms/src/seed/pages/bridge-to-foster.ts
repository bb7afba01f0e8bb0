import type { SeedPage } from './seedPage.ts';

/** Sample page: the support package, with the success rate the campaign page gives and where it comes from. */
export const bridgeToFoster: SeedPage = {
  title: 'Support: Bridge to Foster',
  slug: 'support-bridge-to-foster',
  summary:
    'Sample page: the support every Step Down foster carer gets, before a child arrives and for as long as they need it.',
  showInNavigation: true,
  navigationOrder: 2,
  layout: [
    {
      blockType: 'richText',
      prose: [
        'Bridge to Foster is the National Fostering Group’s package of support for carers and children making the move from a children’s home into a family. It comes in four stages, from getting ready before the child arrives to settling into family life together.',
        'It is for:',
        {
          bullets: [
            'carers approved for Step Down fostering',
            'children ready to move on from a children’s home',
            'the child’s residential team, who help with the move',
          ],
        },
      ],
    },
    {
      blockType: 'keyFigure',
      figure: '85%',
      label:
        'of children supported by Bridge to Foster make a successful move from residential care into a foster family.',
      source: 'National Fostering Group, as reported on the Big Fostering Partnership campaign page',
    },
    {
      blockType: 'steps',
      heading: 'What the support includes',
      steps: [
        {
          title: 'Intensive support from the start',
          description:
            'A dedicated team for Step Down carers gets to know you and the child before the move, and stays close while you settle in.',
        },
        {
          title: 'A clinical psychologist',
          description:
            'Specialist advice helps you understand what a child’s behaviour is telling you and how to respond.',
        },
        {
          title: 'Training',
          description: 'Training before and after a child moves in, on top of the training every foster carer has.',
        },
        {
          title: 'Help out of hours',
          description: 'Someone to call for advice at any time, evenings and weekends included.',
        },
        {
          title: 'An enhanced fee',
          description: 'A higher fee than standard fostering, in recognition of the skill the role takes.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'We could ring at any hour, and someone always picked up. That made all the difference in the first months.',
      attribution: 'A Step Down foster carer (sample quote)',
    },
    {
      blockType: 'callToAction',
      heading: 'Find out if you could foster',
      text: 'Answer a few quick questions, then leave your details for a call back.',
      buttonLabel: 'Check if you could foster',
    },
  ],
};
