import { DEFAULT_LANGUAGE, type Language } from './language.ts';
import { wording } from './wording.ts';

/**
 * What a carer is told once their enquiry is filed: on screen by the form's confirmation step (JavaScript on) and by
 * the CMS's plain-form reply (JavaScript off), and in the e-mail that gives them their reference, in their language
 * (the words are in text/<language>.ts).
 * Messages are plain text; the surfaces that show them escape them (React, the `html` template, a text e-mail).
 */
export interface ConfirmationWording {
  /** The page's title, where the confirmation is a page of its own (the plain-form reply). */
  title: string;
  heading: string;
  referenceLabel: string;
  whatHappensNext: string;
  /** The team that calls back: the partner's own (on its site), a named council's, or the team for the carer's area. */
  ownTeam: (shortName: string) => string;
  namedTeam: (name: string) => string;
  areaTeam: string;
  callBack: (team: string) => string;
  /** For a carer the checker ruled out for now: nobody calls about this enquiry. */
  keepInTouch: (team: string) => string;
  /** `phone` includes the office hours, where the team has them. */
  ringUs: (phone: string) => string;
  /** The plain-form reply's: the reference is on screen and in the e-mail. */
  alsoEmailed: string;
  result: (outcomeHeading: string) => string;
  keepInTouchNote: string;
  talkToUsNote: string;
  backHome: string;
}

/** The carer's e-mail, plain text: its own sentences. */
export interface ConfirmationEmailWording {
  subject: (reference: string) => string;
  thanks: (partnerName: string) => string;
  reference: (reference: string) => string;
  callBack: (shortName: string) => string;
  keepInTouch: (shortName: string) => string;
  ringUs: (phone: string) => string;
  dataController: (controllerName: string) => string;
}

/** The on-screen wording in a language (text/<language>.ts); English unless told otherwise. */
export const confirmationWording = (language: Language = DEFAULT_LANGUAGE): ConfirmationWording =>
  wording(language).confirmation;

/** The e-mail's wording in a language. */
export const confirmationEmailWording = (language: Language = DEFAULT_LANGUAGE): ConfirmationEmailWording =>
  wording(language).confirmationEmail;
