import { DEFAULT_LANGUAGE, type Language } from './language.ts';
import { wording } from './wording.ts';

/**
 * The eligibility checker's questions, in the order a carer meets them. Wording follows GOV.UK's "one thing per
 * page": the question is the legend, the hint says why we ask. Health, sexuality and religion are deliberately not
 * asked (they never bar anyone from fostering) and are covered in reassurance copy instead. The words are in
 * text/<language>.ts; this file holds the questions' shape.
 */
export interface ChoiceOption {
  value: string;
  label: string;
}

interface BaseQuestion {
  id: QuestionId;
  /** The question, shown as the fieldset legend or field label. */
  question: string;
  /** Why we ask, shown under the question. */
  hint?: string;
  /** Shown when the question is left unanswered. */
  missingMessage: string;
}

export interface ChoiceQuestion extends BaseQuestion {
  kind: 'choice';
  options: readonly ChoiceOption[];
}

export interface PostcodeQuestion extends BaseQuestion {
  kind: 'postcode';
  invalidMessage: string;
}

export type Question = ChoiceQuestion | PostcodeQuestion;

export const QUESTION_IDS = [
  'postcode',
  'age',
  'bedroom',
  'rightToLive',
  'home',
  'convictions',
  'smoking',
  'daytime',
  'pets',
  'experience',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** Each choice question's answers, as stored, in the order they are offered. */
export const CHOICES = {
  age: ['yes', 'no'],
  bedroom: ['yes', 'moving-soon', 'no'],
  rightToLive: ['settled', 'time-limited', 'none'],
  home: ['own', 'social-rent', 'private-rent-consent', 'private-rent', 'lodger'],
  convictions: ['no', 'yes'],
  smoking: ['no', 'yes'],
  daytime: ['at-home', 'flexible', 'full-time'],
  pets: ['none', 'some', 'three-plus-dogs', 'banned-breed'],
  experience: ['yes', 'no'],
} as const satisfies Record<Exclude<QuestionId, 'postcode'>, readonly string[]>;

export type ChoiceQuestionId = keyof typeof CHOICES;
export type ChoiceValue<Id extends ChoiceQuestionId> = (typeof CHOICES)[Id][number];

/** The example postcode the questions give when a partner has no districts of its own (the partnership's site). */
export const DEFAULT_EXAMPLE_POSTCODE = 'ST16 3AA';

/** An example postcode from the partner's own area, so Dudley's site does not tell Dudley people to type ST16 3AA. */
export function examplePostcode(postcodeDistricts: readonly string[]): string {
  return postcodeDistricts[0] ? `${postcodeDistricts[0]} 1AA` : DEFAULT_EXAMPLE_POSTCODE;
}

/** The questions in a language, with `example` as the postcode they give as an example. */
function questionsIn(language: Language, example: string): readonly Question[] {
  const say = wording(language).questions;
  return QUESTION_IDS.map((id): Question => {
    if (id === 'postcode') {
      const postcode = say.postcode;
      return {
        id,
        kind: 'postcode',
        question: postcode.question,
        hint: postcode.hint(example),
        missingMessage: postcode.missing,
        invalidMessage: postcode.invalid(example),
      };
    }
    const choice = say[id];
    const labels: Record<string, string> = choice.options;
    return {
      id,
      kind: 'choice',
      question: choice.question,
      ...(choice.hint ? { hint: choice.hint } : {}),
      missingMessage: choice.missing,
      options: CHOICES[id].map((value) => ({ value, label: labels[value]! })),
    };
  });
}

const byLanguage = new Map<Language, readonly Question[]>();

/** The questions in English (or another language), with the partnership's example postcode. */
export function questionsInLanguage(language: Language = DEFAULT_LANGUAGE): readonly Question[] {
  let found = byLanguage.get(language);
  if (!found) byLanguage.set(language, (found = questionsIn(language, DEFAULT_EXAMPLE_POSTCODE)));
  return found;
}

/** The questions in English, as the team reads them. */
export const questions: readonly Question[] = questionsInLanguage(DEFAULT_LANGUAGE);

export function questionById(id: QuestionId, language: Language = DEFAULT_LANGUAGE): Question {
  const found = questionsInLanguage(language).find((q) => q.id === id);
  if (!found) throw new Error(`Unknown eligibility question "${id}"`);
  return found;
}

/** The questions as a partner's site shows them, in its language, with examples from the partner's own districts. */
export function questionsFor(
  postcodeDistricts: readonly string[],
  language: Language = DEFAULT_LANGUAGE,
): readonly Question[] {
  return questionsIn(language, examplePostcode(postcodeDistricts));
}
