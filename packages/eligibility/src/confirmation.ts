/**
 * What a carer is told once their enquiry is filed: on screen by the form's confirmation step (JavaScript on) and by
 * the CMS's plain-form reply (JavaScript off), and in the e-mail that gives them their reference. One entry per
 * language: a second language is a second entry in `CONFIRMATION_WORDING` and `CONFIRMATION_EMAIL_WORDING`, the same
 * keys translated.
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

/** The carer's e-mail, plain text: its own sentences, kept apart so the form's browser bundle carries none of them. */
export interface ConfirmationEmailWording {
  subject: (reference: string) => string;
  thanks: (partnerName: string) => string;
  reference: (reference: string) => string;
  callBack: (shortName: string) => string;
  keepInTouch: (shortName: string) => string;
  ringUs: (phone: string) => string;
  dataController: (controllerName: string) => string;
}

const en: ConfirmationWording = {
  title: 'Your enquiry has been sent',
  heading: 'Thank you, we have your details',
  referenceLabel: 'Your reference number',
  whatHappensNext: 'What happens next',
  ownTeam: (shortName) => `${shortName}’s fostering team`,
  namedTeam: (name) => `${name} fostering team`,
  areaTeam: 'the fostering team for your area',
  callBack: (team) =>
    `Someone from ${team} will call you, usually within one working day. They will talk about fostering, answer your questions and, if you would like, arrange a visit.`,
  keepInTouch: (team) =>
    `${team} will keep your details and get in touch when the time may be right for you to foster. They will not call you about this enquiry.`,
  ringUs: (phone) => `If you would rather call us, ring ${phone} and give your reference number.`,
  alsoEmailed: 'We have also e-mailed you this reference number.',
  result: (outcomeHeading) => `Your result: ${outcomeHeading}`,
  keepInTouchNote: 'Things change. We will keep in touch, so you hear from us when the time may be right.',
  talkToUsNote: 'Some of your answers are worth talking through. Nothing here rules you out.',
  backHome: 'Back to the home page',
};

const enEmail: ConfirmationEmailWording = {
  subject: (reference) => `Your fostering enquiry ${reference}`,
  thanks: (partnerName) => `Thank you for your enquiry about fostering with ${partnerName}.`,
  reference: (reference) => `Your reference number is ${reference}.`,
  callBack: (shortName) =>
    `Someone from the ${shortName} fostering team will phone you within one working day for an informal chat.`,
  keepInTouch: (shortName) =>
    `The ${shortName} fostering team will keep your details and get in touch when the time may be right for you to foster. Nobody will phone you about this enquiry.`,
  ringUs: (phone) => `If you would like to talk sooner, call ${phone} and give your reference.`,
  dataController: (controllerName) =>
    `${controllerName} holds your details to respond to your enquiry. If you did not make this enquiry, reply to tell us and we will delete it.`,
};

export const CONFIRMATION_WORDING = { 'en-GB': en } as const satisfies Record<string, ConfirmationWording>;

export type ConfirmationLanguage = keyof typeof CONFIRMATION_WORDING;

/** The wording in a language; English (the only one yet) unless told otherwise. */
export const confirmationWording = (language: ConfirmationLanguage = 'en-GB'): ConfirmationWording =>
  CONFIRMATION_WORDING[language];

export const CONFIRMATION_EMAIL_WORDING = { 'en-GB': enEmail } as const satisfies Record<
  ConfirmationLanguage,
  ConfirmationEmailWording
>;

export const confirmationEmailWording = (language: ConfirmationLanguage = 'en-GB'): ConfirmationEmailWording =>
  CONFIRMATION_EMAIL_WORDING[language];
