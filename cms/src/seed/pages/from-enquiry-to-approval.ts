import type { SeedPage } from './seedPage.ts';

/** Sample page: the steps from a first enquiry to the decision, with the timings the domain notes give. */
export const fromEnquiryToApproval: SeedPage = {
  title: 'From enquiry to approval',
  slug: 'from-enquiry-to-approval',
  summary:
    'Sample page: what happens after you get in touch, step by step. Most people are approved within four to six months.',
  showInNavigation: true,
  navigationOrder: 4,
  layout: [
    {
      blockType: 'richText',
      prose: [
        'Becoming a foster carer takes a few months. You can ask questions at every step, and you can pause or stop at any time.',
      ],
    },
    {
      blockType: 'steps',
      heading: 'The steps',
      steps: [
        {
          title: 'A call within one working day',
          description:
            'After you send your enquiry, someone from your local team calls you, usually within one working day, to answer your first questions.',
        },
        {
          title: 'A home visit',
          description:
            'A social worker visits you at home, ideally within a week or so, to talk about fostering and see the room a child would have.',
        },
        {
          title: 'Your application',
          description: 'If you want to go ahead, you fill in an application form. This starts the formal assessment.',
        },
        {
          title: 'Checks',
          description:
            'We carry out checks with the police, your doctor, your local council and people who know you. A decision on this first stage follows within ten working days of the last check.',
        },
        {
          title: 'Form F assessment and Skills to Foster training',
          description:
            'A social worker meets you over several weeks to write your assessment (called Form F), while you take the Skills to Foster course with other new carers.',
        },
        {
          title: 'Fostering panel',
          description:
            'An independent panel reads your assessment and meets you, then makes a recommendation. You should reach panel within eight months of applying.',
        },
        {
          title: 'The decision',
          description:
            'The fostering service’s decision maker considers the panel’s recommendation and tells you whether you are approved.',
        },
      ],
    },
    {
      blockType: 'keyFigure',
      figure: '4–6 months',
      label: 'is how long the whole process typically takes, from enquiry to approval.',
      source: 'Typical timings described in council fostering procedures',
    },
    {
      blockType: 'callToAction',
      heading: 'Take the first step',
      text: 'Check whether you may be able to foster. If you can, leave your details and we will call you.',
      buttonLabel: 'Check if you could foster',
    },
  ],
};
