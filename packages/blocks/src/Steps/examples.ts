import type { BlockExample } from '../examples.ts';

export const examples: BlockExample<'steps'>[] = [
  {
    name: 'from enquiry to approval',
    block: {
      type: 'steps',
      heading: 'How to become a foster carer',
      steps: [
        { title: 'A call', description: 'We ring you back within one working day.' },
        { title: 'A visit', description: 'A social worker comes to your home.' },
        { title: 'Approval', description: 'A panel meets you, about six months later.' },
      ],
    },
  },
];
