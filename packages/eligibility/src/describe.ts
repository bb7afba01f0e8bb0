import { questions, type QuestionId } from './questions.ts';
import type { AnswerFinding, Outcome } from './rules.ts';

/** How an outcome reads to a recruitment team, in the admin, the CSV and the team's e-mail. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'likely-eligible': 'Likely eligible',
  'talk-to-us': 'Talk it through',
  'not-eligible-now': 'Not eligible now',
};

export interface DescribedAnswer {
  questionId: QuestionId;
  question: string;
  /** The option's words as the carer read them (the postcode as typed, normalised). */
  answer: string;
  /** What the answer means, as the carer was told; null where it needs no comment. */
  meaning: string | null;
  outcome: Outcome | null;
}

/**
 * An enquiry's answers as a team reads them: each question, the answer in the words the carer chose, and what it
 * means. Stored answers are the values the rules evaluated; an answer the questions no longer offer is shown as
 * stored rather than dropped. Unanswered questions (a checker that stopped early) are left out.
 */
export function describeAnswers(
  answers: Record<string, unknown> | null | undefined,
  findings: readonly Partial<AnswerFinding>[] | null | undefined,
): DescribedAnswer[] {
  const byQuestion = new Map((findings ?? []).map((finding) => [finding.questionId, finding]));
  return questions.flatMap((question) => {
    const value = answers?.[question.id];
    if (typeof value !== 'string' || value === '') return [];
    const label =
      question.kind === 'choice' ? (question.options.find((option) => option.value === value)?.label ?? value) : value;
    const finding = byQuestion.get(question.id);
    return [
      {
        questionId: question.id,
        question: question.question,
        answer: label,
        meaning: finding?.reason ?? null,
        outcome: finding?.outcome ?? null,
      },
    ];
  });
}
