import { postcodeDistrict } from './postcode.ts';
import type { QuestionId } from './questions.ts';

/** Ordered from best to worst: the overall result is the worst outcome of any single answer. */
export const OUTCOMES = ['likely-eligible', 'talk-to-us', 'not-eligible-now'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_HEADINGS: Record<Outcome, string> = {
  'likely-eligible': 'You may be able to foster',
  'talk-to-us': 'You may be able to foster: talk to us first',
  'not-eligible-now': 'You may not be able to foster yet',
};

/** National signpost for people outside every partner's area (the Fostering Network's Fosterline). */
export const FOSTERLINE_PHONE = '0800 040 7675';

export interface AnswerFinding {
  questionId: QuestionId;
  outcome: Outcome;
  /** Plain-English reason, written for the carer. */
  reason: string;
}

export interface EligibilityContext {
  /** Postcode districts (outward codes such as "ST16") the partner covers. Empty means "covers everywhere". */
  postcodeDistricts: readonly string[];
}

type RuleTable = {
  [Id in QuestionId]: (answer: string, context: EligibilityContext) => Omit<AnswerFinding, 'questionId'> | null;
};

const likely = (reason: string) => ({ outcome: 'likely-eligible' as const, reason });
const talk = (reason: string) => ({ outcome: 'talk-to-us' as const, reason });
const notNow = (reason: string) => ({ outcome: 'not-eligible-now' as const, reason });

/**
 * One rule per question. A rule returns null for an answer it does not recognise; validation reports those before
 * evaluation, so null never reaches a carer. The thresholds are the ones public fostering guidance agrees on (gov.uk
 * "Becoming a foster parent in England", the Fostering Network, the partnership's agencies): 21 or over, although the
 * law allows 18; a bedroom of the child's own; the right to live in the UK. A conviction or a smoker is talked
 * through rather than refused, because only offences against children, sexual offences and those in Schedule 4 of the
 * Fostering Services (England) Regulations 2011 disqualify, and the no-smokers rule covers under-5s, younger than the
 * children these partners place. Banned dog breeds are refused at assessment.
 */
const rules: RuleTable = {
  postcode(answer, { postcodeDistricts }) {
    const district = postcodeDistrict(answer);
    if (!district) return null;
    if (postcodeDistricts.length === 0 || postcodeDistricts.includes(district)) {
      return likely('You live in an area this fostering team covers.');
    }
    return talk(
      `Your postcode is outside this team’s area. We can still help you find your local fostering service, or call Fosterline free on ${FOSTERLINE_PHONE}.`,
    );
  },
  age(answer) {
    if (answer === 'yes') return likely('You are 21 or over.');
    if (answer === 'no') {
      return notNow(
        'Foster carers in the partnership need to be at least 21. We would love to hear from you when you are.',
      );
    }
    return null;
  },
  bedroom(answer) {
    if (answer === 'yes') return likely('You have a spare bedroom for a child.');
    if (answer === 'moving-soon')
      return talk('A child will need their own bedroom. Talk to us about the timing of your move.');
    if (answer === 'no') {
      return notNow(
        'A child moving out of a children’s home needs a bedroom of their own, so you may not be able to foster yet.',
      );
    }
    return null;
  },
  rightToLive(answer) {
    if (answer === 'settled') return likely('You have the right to live in the UK.');
    if (answer === 'time-limited') {
      return talk(
        'Time-limited leave to remain does not rule you out. We need to talk about how long your leave lasts.',
      );
    }
    if (answer === 'none') return notNow('Foster carers need the right to live in the UK.');
    return null;
  },
  home(answer) {
    if (answer === 'own' || answer === 'social-rent' || answer === 'private-rent-consent') {
      return likely('Owning or renting your home are both fine.');
    }
    if (answer === 'private-rent')
      return talk('Renting is fine, but your landlord will need to agree to you fostering.');
    if (answer === 'lodger') return talk('A child needs a settled home. Talk to us about your living arrangements.');
    return null;
  },
  convictions(answer) {
    if (answer === 'no') return likely('Nobody in your household has a caution or conviction.');
    if (answer === 'yes') {
      return talk(
        'Most cautions and convictions do not stop you fostering. We will talk it through with you in confidence.',
      );
    }
    return null;
  },
  smoking(answer) {
    if (answer === 'no') return likely('Nobody in your household smokes or vapes.');
    if (answer === 'yes') {
      return talk('Smoking or vaping does not rule you out for older children, but we will talk about it with you.');
    }
    return null;
  },
  daytime(answer) {
    if (answer === 'at-home' || answer === 'flexible') return likely('Someone can be available during the day.');
    if (answer === 'full-time') {
      return talk(
        'Children stepping down from residential care need someone around in the day. Talk to us about flexibility.',
      );
    }
    return null;
  },
  pets(answer) {
    if (answer === 'none') return likely('No pets means nothing to assess there.');
    if (answer === 'some') return likely('Pets are welcome and are looked at in the assessment.');
    if (answer === 'three-plus-dogs') return talk('Homes with three or more dogs have a specialist pet assessment.');
    if (answer === 'banned-breed') {
      return notNow('Homes with a dog of a banned breed cannot be approved while the dog lives there.');
    }
    return null;
  },
  experience(answer) {
    if (answer === 'yes') return likely('You have experience with children or teenagers.');
    if (answer === 'no') {
      return talk(
        'You do not need fostering experience. We will talk about ways to gain some experience with young people.',
      );
    }
    return null;
  },
};

export function evaluateAnswer(id: QuestionId, answer: string, context: EligibilityContext): AnswerFinding | null {
  const finding = rules[id](answer, context);
  return finding ? { questionId: id, ...finding } : null;
}

/**
 * An answer that rules the carer out for now, whatever else they say (their age, no spare bedroom, no right to live
 * in the UK, a banned dog): the checker stops there and says why, instead of asking the rest.
 */
export function rulesOutForNow(id: QuestionId, answer: string): boolean {
  // Only the postcode depends on the partner, and it never rules anyone out.
  return evaluateAnswer(id, answer, { postcodeDistricts: [] })?.outcome === 'not-eligible-now';
}

export function worstOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>(
    (worst, next) => (OUTCOMES.indexOf(next) > OUTCOMES.indexOf(worst) ? next : worst),
    'likely-eligible',
  );
}
