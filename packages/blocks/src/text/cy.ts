import type { BlocksWording } from './wording.ts';

/**
 * The blocks in Welsh (Cymraeg): a sample translation, to be checked by a council's Welsh-language officer before a
 * Welsh council goes live. Every Welsh word of the blocks is in this file; what editors write in the CMS is theirs.
 * The partner's name stays as it is, after the noun it belongs to ("tîm maethu Dudley"), so it needs no mutation.
 */
export const cy: BlocksWording = {
  allowancesTable: {
    caption: (shortName) => `Taliadau wythnosol ${shortName} ar gyfer pob plentyn`,
    from: 'o',
    childsAge: 'Oedran y plentyn',
    weeklyAllowance: 'Lwfans wythnosol',
    weeklyFee: 'Ffi wythnosol',
    noFee: 'Dim',
  },
  keyFigure: { source: 'Ffynhonnell' },
  localOffer: { localGroups: 'Grwpiau lleol' },
  partnerContact: {
    team: (shortName) => `Tîm maethu ${shortName}`,
    telephone: 'Ffôn',
    email: 'E-bost',
    officeHours: 'Oriau swyddfa',
    checkIfYouCouldFoster: 'Gwiriwch a allech chi faethu',
  },
};
