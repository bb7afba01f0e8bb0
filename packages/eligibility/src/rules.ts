import { DEFAULT_LANGUAGE, type Language } from './language.ts';
import { postcodeDistrict } from './postcode.ts';
import { CHOICES, type ChoiceQuestionId, type ChoiceValue, type QuestionId } from './questions.ts';
import { wording } from './wording.ts';

/** Ordered from best to worst: the overall result is the worst outcome of any single answer. */
export const OUTCOMES = ['likely-eligible', 'talk-to-us', 'not-eligible-now'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes' headings in English; `wording(language).outcomeHeadings` in another. */
export const OUTCOME_HEADINGS: Record<Outcome, string> = wording(DEFAULT_LANGUAGE).outcomeHeadings;

/** National signpost for people outside every partner's area (the Fostering Network's Fosterline). */
export const FOSTERLINE_PHONE = '0800 040 7675';

export interface AnswerFinding {
  questionId: QuestionId;
  outcome: Outcome;
  /** Plain words, written for the carer, in the language they used. */
  reason: string;
}

export interface EligibilityContext {
  /** Postcode districts (outward codes such as "ST16") the partner covers. Empty means "covers everywhere". */
  postcodeDistricts: readonly string[];
  /** The language of the reasons; English unless told otherwise. The outcome never depends on it. */
  language?: Language;
}

const LIKELY = 'likely-eligible';
const TALK = 'talk-to-us';
const NOT_NOW = 'not-eligible-now';

/**
 * What each answer means. The thresholds are the ones public fostering guidance agrees on (gov.uk "Becoming a foster
 * parent in England", the Fostering Network, the partnership's agencies): 21 or over, although the law allows 18; a
 * bedroom of the child's own; the right to live in the UK. A conviction or a smoker is talked through rather than
 * refused, because only offences against children, sexual offences and those in Schedule 4 of the Fostering Services
 * (England) Regulations 2011 disqualify, and the no-smokers rule covers under-5s, younger than the children these
 * partners place. Banned dog breeds are refused at assessment.
 */
const OUTCOME_OF: { [Id in ChoiceQuestionId]: Record<ChoiceValue<Id>, Outcome> } = {
  age: { yes: LIKELY, no: NOT_NOW },
  bedroom: { yes: LIKELY, 'moving-soon': TALK, no: NOT_NOW },
  rightToLive: { settled: LIKELY, 'time-limited': TALK, none: NOT_NOW },
  home: { own: LIKELY, 'social-rent': LIKELY, 'private-rent-consent': LIKELY, 'private-rent': TALK, lodger: TALK },
  convictions: { no: LIKELY, yes: TALK },
  smoking: { no: LIKELY, yes: TALK },
  daytime: { 'at-home': LIKELY, flexible: LIKELY, 'full-time': TALK },
  pets: { none: LIKELY, some: LIKELY, 'three-plus-dogs': TALK, 'banned-breed': NOT_NOW },
  experience: { yes: LIKELY, no: TALK },
};

const isChoice = <Id extends ChoiceQuestionId>(id: Id, answer: string): answer is ChoiceValue<Id> =>
  (CHOICES[id] as readonly string[]).includes(answer);

/**
 * The finding for one answer, or null for an answer the questions do not offer; validation reports those before
 * evaluation, so null never reaches a carer.
 */
export function evaluateAnswer(id: QuestionId, answer: string, context: EligibilityContext): AnswerFinding | null {
  const reasons = wording(context.language).reasons;
  if (id === 'postcode') {
    const district = postcodeDistrict(answer);
    if (!district) return null;
    const covered = context.postcodeDistricts.length === 0 || context.postcodeDistricts.includes(district);
    return covered
      ? { questionId: id, outcome: LIKELY, reason: reasons.postcode.inside }
      : { questionId: id, outcome: TALK, reason: reasons.postcode.outside(FOSTERLINE_PHONE) };
  }
  if (!isChoice(id, answer)) return null;
  const outcomes: Record<string, Outcome> = OUTCOME_OF[id];
  const said: Record<string, string> = reasons[id];
  return { questionId: id, outcome: outcomes[answer]!, reason: said[answer]! };
}

/**
 * An answer that rules the carer out for now, whatever else they say (their age, no spare bedroom, no right to live
 * in the UK, a banned dog): the checker stops there and says why, instead of asking the rest.
 */
export function rulesOutForNow(id: QuestionId, answer: string): boolean {
  // Only the postcode depends on the partner, and it never rules anyone out.
  return evaluateAnswer(id, answer, { postcodeDistricts: [] })?.outcome === NOT_NOW;
}

export function worstOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>(
    (worst, next) => (OUTCOMES.indexOf(next) > OUTCOMES.indexOf(worst) ? next : worst),
    LIKELY,
  );
}
