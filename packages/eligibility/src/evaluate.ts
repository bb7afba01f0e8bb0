import { validateAnswers, type Answers, type FieldErrors } from './validate.ts';
import {
  evaluateAnswer,
  worstOutcome,
  OUTCOME_HEADINGS,
  type AnswerFinding,
  type EligibilityContext,
  type Outcome,
} from './rules.ts';
import { QUESTION_IDS } from './questions.ts';

export interface EligibilityResult {
  outcome: Outcome;
  heading: string;
  /** The answers as evaluated, normalised (e.g. the postcode in capitals). */
  answers: Answers;
  /** Every answer's finding, in question order. */
  findings: AnswerFinding[];
  /** The findings that are not "likely eligible": the reasons the carer should read first. */
  concerns: AnswerFinding[];
  /** What the carer can do next. Never empty: no result is a dead end. */
  nextSteps: string;
}

export type EvaluationOutcome = { ok: true; result: EligibilityResult } | { ok: false; errors: FieldErrors };

const NEXT_STEPS: Record<Outcome, string> = {
  'likely-eligible':
    'Leave your details and someone from the fostering team will call you, usually within one working day.',
  'talk-to-us':
    'Leave your details and someone from the fostering team will call you to talk it through. Nothing here rules you out.',
  'not-eligible-now':
    'Things change. Leave your details and we will keep in touch, so you hear from us when the time may be right.',
};

/** Validates then evaluates. The CMS runs exactly this on every enquiry, so the browser's result is never trusted. */
export function evaluateEligibility(answers: unknown, context: EligibilityContext): EvaluationOutcome {
  const validation = validateAnswers(answers);
  if (!validation.ok) return validation;
  const findings = QUESTION_IDS.filter((id) => validation.answers[id] !== undefined)
    .map((id) => evaluateAnswer(id, validation.answers[id]!, context))
    .filter((finding): finding is AnswerFinding => finding !== null);
  const outcome = worstOutcome(findings.map((f) => f.outcome));
  return {
    ok: true,
    result: {
      outcome,
      heading: OUTCOME_HEADINGS[outcome],
      answers: validation.answers,
      findings,
      concerns: findings.filter((f) => f.outcome !== 'likely-eligible'),
      nextSteps: NEXT_STEPS[outcome],
    },
  };
}

export type { Answers };
