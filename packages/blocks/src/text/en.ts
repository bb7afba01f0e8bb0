import type { BlocksWording } from './wording.ts';

/** The blocks in English. */
export const en: BlocksWording = {
  allowancesTable: {
    caption: (shortName) => `${shortName}’s weekly payments for each child`,
    from: 'from',
    childsAge: 'Child’s age',
    weeklyAllowance: 'Weekly allowance',
    weeklyFee: 'Weekly fee',
    noFee: 'None',
  },
  keyFigure: { source: 'Source' },
  localOffer: { localGroups: 'Local groups' },
  partnerContact: {
    team: (shortName) => `${shortName}’s fostering team`,
    telephone: 'Telephone',
    email: 'E-mail',
    officeHours: 'Office hours',
    checkIfYouCouldFoster: 'Check if you could foster',
  },
};
