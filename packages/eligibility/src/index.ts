export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_FOR_TEAM,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  formatDate,
  isLanguage,
  partnerLanguages,
} from './language.ts';
export type { Language } from './language.ts';
export { WORDING, wording } from './wording.ts';
export type { EligibilityWording } from './wording.ts';
export {
  questions,
  questionById,
  questionsFor,
  questionsInLanguage,
  examplePostcode,
  CHOICES,
  QUESTION_IDS,
} from './questions.ts';
export type {
  Question,
  ChoiceQuestion,
  ChoiceQuestionId,
  ChoiceValue,
  PostcodeQuestion,
  ChoiceOption,
  QuestionId,
} from './questions.ts';
export { evaluateEligibility } from './evaluate.ts';
export type { EligibilityResult, EvaluationOutcome } from './evaluate.ts';
export { evaluateAnswer, rulesOutForNow, worstOutcome, OUTCOMES, OUTCOME_HEADINGS, FOSTERLINE_PHONE } from './rules.ts';
export type { Outcome, AnswerFinding, EligibilityContext } from './rules.ts';
export {
  validateAnswer,
  validateAnswers,
  validateContact,
  validateContactField,
  contactMessages,
  CALL_TIMES,
  CONTACT_FIELDS,
  CONTACT_LIMITS,
  CONTACT_MESSAGES,
  HONEYPOT_FIELD,
} from './validate.ts';
export type {
  Answers,
  CallTime,
  ContactDetails,
  ContactField,
  ContactTextField,
  FieldErrors,
  Validation,
} from './validate.ts';
export {
  CALL_TIME_QUESTION,
  CONSENT,
  CONTACT_TEXT_FIELDS,
  callTimeLabel,
  callTimeQuestion,
  consentWording,
  emailUpdatesWording,
  EMAIL_UPDATES_WORDING_VERSION,
  contactTextFields,
} from './contactForm.ts';
export { describeAnswers, OUTCOME_LABELS } from './describe.ts';
export type { DescribedAnswer } from './describe.ts';
export { normalisePostcode, postcodeDistrict, isValidPostcode } from './postcode.ts';
export { routePostcode } from './routing.ts';
export type { PostcodeRoute } from './routing.ts';
export { controlCharacterMessage, hasControlCharacter } from './controlCharacters.ts';
export type { TextLines } from './controlCharacters.ts';
export { confirmationEmailWording, confirmationWording } from './confirmation.ts';
export type { ConfirmationEmailWording, ConfirmationWording } from './confirmation.ts';
export {
  SITE_PATHS,
  SITE_PATH_SEGMENTS,
  builtPagePath,
  languageOfPath,
  notFoundPagePath,
  sitePath,
  storyPath,
  type SitePage,
} from './sitePaths.ts';
