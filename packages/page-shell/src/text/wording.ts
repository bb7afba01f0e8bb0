/** The partner page shell's fixed words in one language: one file a language (en.ts, cy.ts). Plain text. */
export interface ShellWording {
  pageTitle: (title: string, shortName: string) => string;
  skipLink: string;
  /** The logo's text: where it goes. */
  home: (partnerName: string) => string;
  /** After the partner's name in the lockup, before the names it works with. */
  inPartnershipWith: string;
  /** The word before the last name of a list, which may depend on that name. */
  and: (nextName: string) => string;
  /** The name of the header's navigation, read out by screen readers. */
  mainNavigation: string;
  supportLinks: string;
  team: (shortName: string) => string;
  phone: string;
  email: string;
  privacy: string;
  accessibility: string;
  partnership: (partnerName: string, agency: string) => string;
}
