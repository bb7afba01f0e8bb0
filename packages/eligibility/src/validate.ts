import { controlCharacterMessage, hasControlCharacter } from './controlCharacters.ts';
import { isValidPostcode, normalisePostcode } from './postcode.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language.ts';
import { QUESTION_IDS, questionById, type Question, type QuestionId } from './questions.ts';
import { rulesOutForNow } from './rules.ts';
import { wording } from './wording.ts';

/** Field name → the message a person sees next to that field (GOV.UK: the same words in the error summary). */
export type FieldErrors = Record<string, string>;

/** Question → answer. After an answer that rules the carer out for now, the rest may be missing. */
export type Answers = Partial<Record<QuestionId, string>>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one answer. Returns the error message, or null when the answer is acceptable. `question` is the question as
 * the carer saw it (questionsFor: its example postcode is the partner's own, its words in the carer's language).
 */
export function validateAnswer(
  id: QuestionId,
  value: unknown,
  question: Question = questionById(id),
  language: Language = DEFAULT_LANGUAGE,
): string | null {
  if (value === undefined || value === null || value === '') return question.missingMessage;
  if (typeof value !== 'string') return `${question.missingMessage} ${wording(language).answerNotText}`;
  // Before the postcode's own check, which reads a tab as a space and would store the answer as if it had none.
  if (hasControlCharacter(value))
    return question.kind === 'postcode'
      ? controlCharacterMessage(wording(language).questions.postcode.label, 'single', language)
      : question.missingMessage;
  if (question.kind === 'postcode') return isValidPostcode(value) ? null : question.invalidMessage;
  return question.options.some((o) => o.value === value) ? null : question.missingMessage;
}

/** Checks every answer; messages in the carer's language. Messages about the request's shape are for developers. */
export function validateAnswers(
  input: unknown,
  language: Language = DEFAULT_LANGUAGE,
): { ok: true; answers: Answers } | { ok: false; errors: FieldErrors } {
  if (!isPlainObject(input))
    return { ok: false, errors: { answers: 'Answers must be an object of question and answer' } };
  const errors: FieldErrors = {};
  for (const key of Object.keys(input)) {
    if (!(QUESTION_IDS as readonly string[]).includes(key)) errors[key] = `"${key}" is not an eligibility question`;
  }
  const answers = {} as Answers;
  // The checker stops at the first answer that rules the carer out for now: the questions after it may be unanswered.
  let stopped = false;
  for (const id of QUESTION_IDS) {
    if (stopped && (input[id] === undefined || input[id] === '')) continue;
    const message = validateAnswer(id, input[id], questionById(id, language), language);
    if (message) errors[id] = message;
    else answers[id] = id === 'postcode' ? normalisePostcode(input[id] as string) : (input[id] as string);
    if (!message && rulesOutForNow(id, input[id] as string)) stopped = true;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}

/** When the carer would like the call, as regional fostering hubs' forms ask. Optional. Labels in English. */
const CALL_TIME_VALUES = ['morning', 'afternoon', 'evening', 'any'] as const;
export type CallTime = (typeof CALL_TIME_VALUES)[number];

export const CALL_TIMES = CALL_TIME_VALUES.map((value) => ({
  value,
  label: wording(DEFAULT_LANGUAGE).callTime.options[value],
}));

export interface ContactDetails {
  fullName: string;
  email: string;
  phone: string;
  /** A good time to call, if the carer said. */
  callTime: CallTime | null;
  /** Consent to be contacted about fostering, given against a privacy notice version. */
  consent: true;
  /** The separate opt-in to e-mails about events and stories; unticked unless the carer ticked it. */
  emailUpdates: boolean;
}

export const CONTACT_FIELDS = ['fullName', 'email', 'phone', 'callTime', 'consent', 'emailUpdates'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
/** The contact fields a carer types into. */
export type ContactTextField = 'fullName' | 'email' | 'phone';

export const CONTACT_LIMITS = { fullName: 100, email: 254, phone: 20 } as const;

// Permissive about what real addresses contain (any letters, including accented ones, and the RFC's punctuation in
// the local part), strict about what they never do: markup, quotes, brackets, spaces, a second @, a dotless domain.
const EMAIL = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
// UK numbers: 10 or 11 digits after an optional +44 (which replaces the leading 0).
const PHONE_CHARS = /^[+0-9 ()-]+$/;

function phoneDigitsValid(phone: string): boolean {
  if (!PHONE_CHARS.test(phone)) return false;
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return digits.startsWith('44') && digits.length >= 11 && digits.length <= 12;
  return digits.startsWith('0') && digits.length >= 10 && digits.length <= 11;
}

/** What a person is told about each contact field (GOV.UK: the same words beside the field and in the summary). */
export function contactMessages(language: Language = DEFAULT_LANGUAGE) {
  const say = wording(language);
  const messages = say.contactMessages;
  const label = (field: ContactTextField) => say.contactFields[field].label;
  return {
    fullName: {
      missing: messages.fullName.missing,
      tooLong: messages.fullName.tooLong(CONTACT_LIMITS.fullName),
      controlCharacter: controlCharacterMessage(label('fullName'), 'single', language),
    },
    email: { ...messages.email, controlCharacter: controlCharacterMessage(label('email'), 'single', language) },
    phone: { ...messages.phone, controlCharacter: controlCharacterMessage(label('phone'), 'single', language) },
    callTime: messages.callTime,
    consent: messages.consent,
    emailUpdates: messages.emailUpdates,
  };
}

/** The contact fields' messages in English. */
export const CONTACT_MESSAGES = contactMessages(DEFAULT_LANGUAGE);
const MESSAGES = Object.fromEntries(LANGUAGES.map((language) => [language, contactMessages(language)])) as Record<
  Language,
  typeof CONTACT_MESSAGES
>;

export function validateContactField(
  field: ContactField,
  value: unknown,
  language: Language = DEFAULT_LANGUAGE,
): string | null {
  const messages = MESSAGES[language];
  // First, and on the text as typed: trimming would hide a tab or line break at either end, and the other checks
  // would describe a NUL as a badly formed address.
  if (
    (field === 'fullName' || field === 'email' || field === 'phone') &&
    typeof value === 'string' &&
    hasControlCharacter(value)
  )
    return messages[field].controlCharacter;
  switch (field) {
    case 'fullName': {
      if (typeof value !== 'string' || value.trim() === '') return messages.fullName.missing;
      if (value.length > CONTACT_LIMITS.fullName) return messages.fullName.tooLong;
      return null;
    }
    case 'email': {
      if (typeof value !== 'string' || value.trim() === '') return messages.email.missing;
      if (value.length > CONTACT_LIMITS.email || !EMAIL.test(value.trim())) return messages.email.invalid;
      return null;
    }
    case 'phone': {
      if (typeof value !== 'string' || value.trim() === '') return messages.phone.missing;
      if (value.length > CONTACT_LIMITS.phone || !phoneDigitsValid(value)) return messages.phone.invalid;
      return null;
    }
    case 'callTime':
      if (value === undefined || value === null || value === '') return null;
      return CALL_TIMES.some((time) => time.value === value) ? null : messages.callTime.invalid;
    case 'consent':
      return value === true ? null : messages.consent.missing;
    // Only a yes or a no: a consent is never read into anything else (PECR asks for a clear, positive action).
    case 'emailUpdates':
      return value === undefined || value === true || value === false ? null : messages.emailUpdates.invalid;
  }
}

export function validateContact(input: unknown, language: Language = DEFAULT_LANGUAGE): Validation<ContactDetails> {
  if (!isPlainObject(input)) return { ok: false, errors: { contact: 'Contact details must be an object' } };
  const errors: FieldErrors = {};
  for (const key of Object.keys(input)) {
    if (!(CONTACT_FIELDS as readonly string[]).includes(key)) errors[key] = `"${key}" is not a contact field`;
  }
  for (const field of CONTACT_FIELDS) {
    const message = validateContactField(field, input[field], language);
    if (message) errors[field] = message;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fullName: (input.fullName as string).trim(),
      email: (input.email as string).trim(),
      phone: (input.phone as string).trim(),
      callTime: typeof input.callTime === 'string' && input.callTime !== '' ? (input.callTime as CallTime) : null,
      consent: true,
      emailUpdates: input.emailUpdates === true,
    },
  };
}

/**
 * A field people never see or fill in (hidden off-screen, out of the tab order, away from assistive technology), so a
 * value in it means a script filled the form. It is named to tempt form-filling bots.
 */
export const HONEYPOT_FIELD = 'website';
