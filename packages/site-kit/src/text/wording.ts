/**
 * Every fixed word the partner sites' own pages and components show, in one language: one file a language (en.ts,
 * cy.ts), so a language's words are reviewed in one place and a language that leaves one out fails to compile. What
 * editors write in the CMS is not here, nor the page shell's words (@bfp/page-shell), the checker's
 * (@bfp/eligibility, @bfp/eligibility-form) or the blocks' (@bfp/blocks). Plain text: the pages escape it. A sentence
 * with a link in it is the words before the link, the link's and the words after it.
 */
export interface SiteWording {
  /** Not a word: the page's locale for link previews (Open Graph's og:locale). */
  openGraphLocale: string;
  /** The site's name in link previews. */
  siteName: (shortName: string) => string;
  /** Across the top of every page of a preview build. */
  previewBanner: string;
  breadcrumbs: {
    /** The navigation landmark's name for screen readers. */
    label: string;
    /** The first crumb: the site's home page. */
    home: string;
  };
  /** Every link and button to the site's checker; the checker's own heading (@bfp/eligibility-form) says the same. */
  checkIfYouCouldFoster: string;
  /** Before a message a screen reader reads out, and before the title of a page showing a problem. */
  errorPrefix: string;
  home: {
    /** The home page's title (its heading is the campaign's headline, written in the CMS). */
    title: string;
    /** Under the headline on the partnership's own site. */
    partnership: (agency: string) => string;
    /** Under the headline on a council's site. */
    council: (name: string, agency: string, shortName: string) => string;
  };
  notFound: {
    title: string;
    description: string;
    help: string;
    homeLink: (shortName: string) => string;
  };
  accessibility: {
    title: string;
    description: (shortName: string) => string;
    intro: (name: string, agency: string) => string;
    howAccessible: { heading: string; text: string };
    /** Followed by the partner's e-mail address as a link, then `after`. */
    reporting: { heading: string; before: string; after: (phone: string) => string };
    enforcement: { heading: string; text: string };
  };
  privacy: {
    /** The page's title, and its name in the breadcrumbs. */
    title: string;
    description: (dataController: string) => string;
    heading: string;
    version: (noticeVersion: string) => string;
    responsible: { heading: string; text: (dataController: string, agency: string) => string };
    collect: { heading: string; text: string };
    keep: { heading: string; text: (retentionMonths: number) => string };
    /** Followed by the partner's e-mail address as a link, then `after`. */
    rights: { heading: string; before: string; after: string };
    /** A link to the data controller's own notice, where it has one. */
    fullNotice: { before: string; link: (dataController: string) => string; after: string };
  };
  story: {
    /** On a sample story, above its summary. */
    sample: string;
  };
  /** Below a story: the way on to the checker. */
  contactCallout: {
    heading: string;
    text: string;
    /** Followed by the team's phone number as a link, then `after`. */
    call: { before: (shortName: string) => string; after: string };
  };
  events: {
    /** Where an online event happens. */
    online: string;
    /** A link to book, followed (for screen readers) by the event's title. */
    bookAPlace: string;
  };
  /** The partnership site's postcode finder, and the pages the CMS sends a postcode to. */
  finder: {
    heading: string;
    councils: string;
    /** After a council's name: the first of its postcode districts, and whether it has more. */
    districts: (shown: string, more: boolean) => string;
    label: string;
    hint: string;
    submit: string;
    problem: string;
    invalidPostcode: string;
    description: string;
    /** A postcode no council of the partnership covers. */
    outside: {
      title: string;
      heading: string;
      /** Followed by a link to the checker on the words `link`, then `after`. */
      fosterline: { before: (fosterlinePhone: string) => string; link: string; after: (agency: string) => string };
      tryAnother: string;
    };
    /** A postcode a council covers: the page that sends the visitor on to its site. */
    redirect: {
      title: (shortName: string) => string;
      description: (councilName: string) => string;
      heading: (councilName: string) => string;
      link: (shortName: string) => string;
    };
  };
}
