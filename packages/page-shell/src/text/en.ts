import type { ShellWording } from './wording.ts';

/** The page shell in English. */
export const en: ShellWording = {
  pageTitle: (title, shortName) => `${title} | ${shortName} fostering with the Big Fostering Partnership`,
  skipLink: 'Skip to main content',
  home: (partnerName) => `${partnerName}: fostering home page`,
  inPartnershipWith: 'in partnership with',
  and: () => 'and',
  mainNavigation: 'Main',
  supportLinks: 'Support links',
  team: (shortName) => `${shortName} fostering team`,
  phone: 'Phone',
  email: 'Email',
  privacy: 'Privacy notice',
  accessibility: 'Accessibility statement',
  partnership: (partnerName, agency) => `The Big Fostering Partnership: ${partnerName} working with ${agency}.`,
};
