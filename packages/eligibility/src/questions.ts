/**
 * The eligibility checker's questions, in the order a carer meets them. Wording follows GOV.UK's "one thing per
 * page": the question is the legend, the hint says why we ask. Health, sexuality and religion are deliberately not
 * asked (they never bar anyone from fostering) and are covered in reassurance copy instead.
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

export const questions: readonly Question[] = [
  {
    id: 'postcode',
    kind: 'postcode',
    question: 'What is your postcode?',
    hint: 'We use it to put you in touch with the fostering team that covers where you live. For example, ST16 3AA.',
    missingMessage: 'Enter your postcode',
    invalidMessage: 'Enter a real UK postcode, like ST16 3AA',
  },
  {
    id: 'age',
    kind: 'choice',
    question: 'Are you 21 or over?',
    hint: 'The partnership asks foster carers to be at least 21.',
    missingMessage: 'Select yes if you are 21 or over',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    id: 'bedroom',
    kind: 'choice',
    question: 'Do you have a spare bedroom that would be the child’s own?',
    hint: 'A child moving from a children’s home needs a room of their own.',
    missingMessage: 'Select whether you have a spare bedroom',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'moving-soon', label: 'Not yet, but I am moving somewhere with one soon' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    id: 'rightToLive',
    kind: 'choice',
    question: 'Do you have the right to live in the UK?',
    missingMessage: 'Select whether you have the right to live in the UK',
    options: [
      { value: 'settled', label: 'Yes, I am a British or Irish citizen or have settled status' },
      { value: 'time-limited', label: 'Yes, but my leave to remain is time-limited' },
      { value: 'none', label: 'No' },
    ],
  },
  {
    id: 'home',
    kind: 'choice',
    question: 'Do you own or rent your home?',
    hint: 'Renting is fine. If you rent privately, your landlord will need to agree.',
    missingMessage: 'Select whether you own or rent your home',
    options: [
      { value: 'own', label: 'I own it (with or without a mortgage)' },
      { value: 'social-rent', label: 'I rent from a council or housing association' },
      { value: 'private-rent-consent', label: 'I rent privately and my landlord agrees to fostering' },
      { value: 'private-rent', label: 'I rent privately and have not asked my landlord yet' },
      { value: 'lodger', label: 'I live in someone else’s home as a lodger' },
    ],
  },
  {
    id: 'convictions',
    kind: 'choice',
    question: 'Has anyone in your household ever been cautioned or convicted of an offence?',
    hint: 'Answer yes or no only. Please do not give any details here: we will talk about it in confidence.',
    missingMessage: 'Select yes if anyone in your household has been cautioned or convicted',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
    ],
  },
  {
    id: 'smoking',
    kind: 'choice',
    question: 'Does anyone in your household smoke or vape?',
    missingMessage: 'Select yes if anyone in your household smokes or vapes',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
    ],
  },
  {
    id: 'daytime',
    kind: 'choice',
    question: 'Would someone in your household be available during the day?',
    hint: 'For meetings, school and appointments. Many foster carers work.',
    missingMessage: 'Select whether someone would be available during the day',
    options: [
      { value: 'at-home', label: 'Yes, one of us is usually at home' },
      { value: 'flexible', label: 'Yes, I or my partner work flexibly or part-time' },
      { value: 'full-time', label: 'No, everyone works full-time without flexibility' },
    ],
  },
  {
    id: 'pets',
    kind: 'choice',
    question: 'Do you have any pets?',
    hint: 'Most pets are fine. We look at every pet as part of the assessment.',
    missingMessage: 'Select whether you have any pets',
    options: [
      { value: 'none', label: 'No pets' },
      { value: 'some', label: 'Yes, ordinary household pets' },
      { value: 'three-plus-dogs', label: 'Yes, three or more dogs' },
      { value: 'banned-breed', label: 'Yes, a dog of a breed banned in the UK' },
    ],
  },
  {
    id: 'experience',
    kind: 'choice',
    question: 'Do you have experience of caring for or working with children or teenagers?',
    hint: 'For example as a parent, a relative, at work or as a volunteer.',
    missingMessage: 'Select whether you have experience with children or teenagers',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
];

export function questionById(id: QuestionId): Question {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown eligibility question "${id}"`);
  return found;
}

/** The example postcode the questions give when a partner has no districts of its own (the partnership's site). */
export const DEFAULT_EXAMPLE_POSTCODE = 'ST16 3AA';

/** An example postcode from the partner's own area, so Dudley's site does not tell Dudley people to type ST16 3AA. */
export function examplePostcode(postcodeDistricts: readonly string[]): string {
  return postcodeDistricts[0] ? `${postcodeDistricts[0]} 1AA` : DEFAULT_EXAMPLE_POSTCODE;
}

/** The questions as a partner's site shows them: the same, with examples from the partner's own districts. */
export function questionsFor(postcodeDistricts: readonly string[]): readonly Question[] {
  const example = examplePostcode(postcodeDistricts);
  return questions.map((question) =>
    question.kind === 'postcode'
      ? {
          ...question,
          hint: question.hint?.replace(DEFAULT_EXAMPLE_POSTCODE, example),
          invalidMessage: question.invalidMessage.replace(DEFAULT_EXAMPLE_POSTCODE, example),
        }
      : question,
  );
}
