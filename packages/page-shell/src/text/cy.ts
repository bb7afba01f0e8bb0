import type { ShellWording } from './wording.ts';

/**
 * The page shell in Welsh (Cymraeg): a sample translation, to be checked by a council's Welsh-language officer. The
 * partnership's name is a proper name and stays as it is.
 */
export const cy: ShellWording = {
  pageTitle: (title, shortName) => `${title} | Maethu gyda ${shortName} a’r Big Fostering Partnership`,
  skipLink: 'Neidio i’r prif gynnwys',
  home: (partnerName) => `${partnerName}: hafan maethu`,
  inPartnershipWith: 'mewn partneriaeth gyda',
  // "ac" before a vowel, "a" before anything else.
  and: (nextName) => (/^[aeiouwyâêîôûŵŷ]/i.test(nextName) ? 'ac' : 'a'),
  mainNavigation: 'Prif lywio',
  supportLinks: 'Dolenni cymorth',
  team: (shortName) => `Tîm maethu ${shortName}`,
  phone: 'Ffôn',
  email: 'E-bost',
  privacy: 'Hysbysiad preifatrwydd',
  accessibility: 'Datganiad hygyrchedd',
  partnership: (partnerName, agency) => `The Big Fostering Partnership: ${partnerName} yn gweithio gyda ${agency}.`,
};
