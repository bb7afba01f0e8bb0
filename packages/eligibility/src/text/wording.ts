import type { ConfirmationEmailWording, ConfirmationWording } from '../confirmation.ts';
import type { ChoiceQuestionId, ChoiceValue } from '../questions.ts';
import type { Outcome } from '../rules.ts';
import type { CallTime, ContactTextField } from '../validate.ts';
import type { TextLines } from '../controlCharacters.ts';

/**
 * Every word of the checker and the enquiry form, in one language: the questions, what each answer means, the
 * outcomes, the contact step and its messages, and what the carer is told afterwards. One file a language (en.ts,
 * cy.ts) holds all of them, so the words can be reviewed in one place; the types make a language that leaves one out
 * fail to compile. Messages are plain text: the surfaces that show them escape them.
 */
export interface EligibilityWording {
  questions: {
    postcode: {
      question: string;
      /** The field's name inside a message about the text typed into it. */
      label: string;
      /** `example` is a postcode from the partner's own area (questionsFor). */
      hint: (example: string) => string;
      missing: string;
      invalid: (example: string) => string;
    };
  } & {
    [Id in ChoiceQuestionId]: {
      question: string;
      hint?: string;
      missing: string;
      options: Record<ChoiceValue<Id>, string>;
    };
  };
  /** Added to a question's `missing` message when an API caller sends an answer that is not text. */
  answerNotText: string;
  /** What each answer means, as the carer is told it. */
  reasons: {
    postcode: { inside: string; outside: (fosterlinePhone: string) => string };
  } & { [Id in ChoiceQuestionId]: Record<ChoiceValue<Id>, string> };
  outcomeHeadings: Record<Outcome, string>;
  /** What the carer can do next, by outcome. Never empty: no result is a dead end. */
  nextSteps: Record<Outcome, string>;
  contactFields: Record<ContactTextField, { label: string; hint: string | null }>;
  callTime: { legend: string; hint: string; options: Record<CallTime, string> };
  consent: {
    legend: string;
    label: string;
    /** Names the partner's data controller and its agency from the partner record, never a fixed name. */
    text: (names: { dataController: string; agency: string }) => string;
    /** Followed by a link to the site's privacy page, on the words `link`. */
    notice: { before: string; link: string; after: string };
  };
  /**
   * The separate, unticked opt-in to marketing e-mail (PECR): what the carer agrees to is recorded with the enquiry in
   * these words, so a change to them is a new EMAIL_UPDATES_WORDING_VERSION (contactForm.ts).
   */
  emailUpdates: {
    legend: string;
    /** Names the partner the e-mails come from. */
    label: (partnerName: string) => string;
    hint: string;
  };
  contactMessages: {
    fullName: { missing: string; tooLong: (limit: number) => string };
    email: { missing: string; invalid: string };
    phone: { missing: string; invalid: string };
    callTime: { invalid: string };
    consent: { missing: string };
    emailUpdates: { invalid: string };
  };
  /** A typed text holds a control character; names the field by its label. */
  controlCharacter: (label: string, lines: TextLines) => string;
  confirmation: ConfirmationWording;
  confirmationEmail: ConfirmationEmailWording;
}
