/**
 * Every fixed word the blocks show, in one language: one file a language (en.ts, cy.ts), so a language's words are
 * reviewed in one place and a language that leaves one out fails to compile. A block's headings, texts and fallbacks
 * are the editors' (written in the CMS) and are not here. Plain text: the components escape it. Labels are given
 * without their colon; the components write ": " after them, as the page shell does.
 */
export interface BlocksWording {
  allowancesTable: {
    /** The table's caption; when the partner gives one, `from` and the date the payments apply from follow it. */
    caption: (shortName: string) => string;
    from: string;
    childsAge: string;
    weeklyAllowance: string;
    weeklyFee: string;
    /** In the fee column, for an age band the council pays no fee for. */
    noFee: string;
  };
  keyFigure: {
    /** Before the figure's source. */
    source: string;
  };
  localOffer: {
    localGroups: string;
  };
  partnerContact: {
    team: (shortName: string) => string;
    telephone: string;
    email: string;
    officeHours: string;
    /** The button to the site's checker; the checker's own heading (@bfp/eligibility-form) says the same. */
    checkIfYouCouldFoster: string;
  };
}
