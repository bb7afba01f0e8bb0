import { validateAnswers, type Answers, type FieldErrors } from './validate.ts';
import { evaluateAnswer, worstOutcome, type AnswerFinding, type EligibilityContext, type Outcome } from './rules.ts';
import { QUESTION_IDS } from './questions.ts';
import { wording } from './wording.ts';

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

/**
 * Validates then evaluates, in the context's language. The CMS runs exactly this on every enquiry, so the browser's
 * result is never trusted.
 */
export function evaluateEligibility(answers: unknown, context: EligibilityContext): EvaluationOutcome {
  const validation = validateAnswers(answers, context.language);
  if (!validation.ok) return validation;
  const findings = QUESTION_IDS.filter((id) => validation.answers[id] !== undefined)
    .map((id) => evaluateAnswer(id, validation.answers[id]!, context))
    .filter((finding): finding is AnswerFinding => finding !== null);
  const outcome = worstOutcome(findings.map((f) => f.outcome));
  const say = wording(context.language);
  return {
    ok: true,
    result: {
      outcome,
      heading: say.outcomeHeadings[outcome],
      answers: validation.answers,
      findings,
      concerns: findings.filter((f) => f.outcome !== 'likely-eligible'),
      nextSteps: say.nextSteps[outcome],
    },
  };
}

export type { Answers };
