import { DEFAULT_LANGUAGE, type Language } from './language.ts';
import { CALL_TIMES, CONTACT_LIMITS } from './validate.ts';
import { wording } from './wording.ts';

/**
 * The contact step, defined once: the JavaScript form, the plain form and the CMS's own checks (validate.ts, which
 * holds the limits and messages) all take their fields and limits from here, and their words from text/<language>.ts.
 */
export function contactTextFields(language: Language = DEFAULT_LANGUAGE) {
  const say = wording(language).contactFields;
  return [
    { name: 'fullName', type: 'text', autoComplete: 'name', maxLength: CONTACT_LIMITS.fullName, ...say.fullName },
    { name: 'email', type: 'email', autoComplete: 'email', maxLength: CONTACT_LIMITS.email, ...say.email },
    { name: 'phone', type: 'tel', autoComplete: 'tel', maxLength: CONTACT_LIMITS.phone, ...say.phone },
  ] as const;
}

/** The contact fields in English. */
export const CONTACT_TEXT_FIELDS = contactTextFields(DEFAULT_LANGUAGE);

export function callTimeQuestion(language: Language = DEFAULT_LANGUAGE) {
  const say = wording(language).callTime;
  return {
    name: 'callTime',
    legend: say.legend,
    hint: say.hint,
    options: CALL_TIMES.map(({ value }) => ({ value, label: say.options[value] })),
  } as const;
}

export const CALL_TIME_QUESTION = callTimeQuestion(DEFAULT_LANGUAGE);

/** The consent's words in a language (text/<language>.ts). */
export const consentWording = (language: Language = DEFAULT_LANGUAGE) => wording(language).consent;

export const CONSENT = consentWording(DEFAULT_LANGUAGE);

/** The label of a stored call time, for the team (admin, CSV, e-mail). */
export const callTimeLabel = (value: string | null | undefined): string =>
  CALL_TIMES.find((time) => time.value === value)?.label ?? '';

/** The opt-in to e-mails about events and stories, in a language (text/<language>.ts). */
export const emailUpdatesWording = (language: Language = DEFAULT_LANGUAGE) => wording(language).emailUpdates;

/**
 * The version of the opt-in's words, recorded with each consent beside the words the carer saw. Change it whenever
 * the words change in any language: a test holds each version to its words.
 */
export const EMAIL_UPDATES_WORDING_VERSION = '2026-12-07';
