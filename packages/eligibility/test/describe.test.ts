import { describe, expect, it } from 'vitest';
import { describeAnswers, evaluateEligibility, OUTCOME_LABELS, OUTCOMES } from '../src/index.ts';
import { ELIGIBLE_ANSWERS } from '../src/fixtures.ts';

const answers = { postcode: 'dy1 1aa', ...ELIGIBLE_ANSWERS, bedroom: 'moving-soon', home: 'private-rent' };

describe('an enquiry as a team reads it', () => {
  it('gives each question, the answer in the words the carer chose, and what it means', () => {
    const evaluation = evaluateEligibility(answers, { postcodeDistricts: ['DY1'] });
    if (!evaluation.ok) throw new Error('expected valid answers');
    const rows = describeAnswers(evaluation.result.answers, evaluation.result.findings);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ questionId: 'postcode', question: 'What is your postcode?', answer: 'DY1 1AA' });
    const bedroom = rows.find((row) => row.questionId === 'bedroom')!;
    expect(bedroom.answer).toBe('Not yet, but I am moving somewhere with one soon');
    expect(bedroom.meaning).toBeTruthy();
    expect(bedroom.outcome).toBe(evaluation.result.findings.find((f) => f.questionId === 'bedroom')!.outcome);
  });

  it('keeps an answer the questions no longer offer, and leaves out unanswered questions', () => {
    const rows = describeAnswers({ age: 'maybe', postcode: '' }, []);
    expect(rows).toEqual([
      { questionId: 'age', question: 'Are you 21 or over?', answer: 'maybe', meaning: null, outcome: null },
    ]);
    expect(describeAnswers(null, null)).toEqual([]);
  });

  it('has a label for every outcome', () => {
    for (const outcome of OUTCOMES) expect(OUTCOME_LABELS[outcome]).toMatch(/^[A-Z]/);
  });
});

describe("each partner's own example postcode", () => {
  it('comes from its first district, or the default where it has none', async () => {
    const { questionsFor, validateAnswer } = await import('../src/index.ts');
    const dudley = questionsFor(['DY1', 'DY2']).find((q) => q.id === 'postcode')!;
    expect(dudley.hint).toContain('For example, DY1 1AA.');
    expect(dudley.kind === 'postcode' && dudley.invalidMessage).toBe('Enter a real UK postcode, like DY1 1AA');
    expect(validateAnswer('postcode', 'nonsense', dudley)).toBe('Enter a real UK postcode, like DY1 1AA');
    expect(questionsFor([]).find((q) => q.id === 'postcode')!.hint).toContain('ST16 3AA');
  });
});
