/**
 * The form's own words, in one language: its steps, buttons and error patterns, on the island and the plain form.
 * The questions, answers and messages are @bfp/eligibility's (its text/<language>.ts); one file a language here
 * (en.ts, cy.ts) holds the rest, so each can be reviewed in one place. Plain text: the surfaces escape it.
 */
export interface FormWording {
  /** The browser title of each step, before the page's own. */
  stepTitles: {
    question: (number: number, total: number, question: string) => string;
    elsewhere: string;
    result: string;
    contact: string;
    check: string;
    confirmation: string;
  };
  progress: (number: number, total: number) => string;
  back: string;
  continue: string;
  /** GOV.UK error summary title. */
  problem: string;
  /** Read before an inline message (visually hidden), and put before the page title while a step shows errors. */
  errorPrefix: string;
  result: {
    basedOn: string;
    from: string;
    keepInTouch: string;
    leaveDetails: string;
    changeAnswers: string;
  };
  elsewhere: {
    heading: (councilName: string) => string;
    body: (shortName: string, district: string) => string;
    link: (shortName: string) => string;
  };
  contact: {
    heading: string;
    keepInTouch: (shortName: string) => string;
    callBack: (shortName: string) => string;
    /** The honeypot's label, which people never see. */
    leaveEmpty: string;
  };
  check: {
    heading: string;
    yourAnswers: string;
    yourContactDetails: string;
    notAnswered: string;
    goodTimeToCall: string;
    notGiven: string;
    change: string;
    /** Visually hidden after "Change": which answer or detail. */
    changeAnswer: (question: string) => string;
    changeField: (label: string) => string;
    changeCallTime: string;
    /** The opt-in to e-mails about events and stories, its answer, and its Change link's hidden words. */
    emailUpdates: string;
    emailUpdatesAnswer: (asked: boolean) => string;
    changeEmailUpdates: string;
    nowSend: string;
    declaration: string;
    sending: string;
    send: string;
  };
  sendFailed: (phone: string) => string;
  plain: {
    /** The checker page's heading, on the site and on the CMS's answer to the plain form. */
    checkerHeading: string;
    yourAnswers: string;
    yourContactDetails: string;
    contactIntro: (shortName: string) => string;
    send: string;
    /** Above the form the CMS sends back with `count` answers to correct. */
    correct: (count: number) => string;
  };
}
