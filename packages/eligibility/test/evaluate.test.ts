import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  questions,
  QUESTION_IDS,
  type Answers,
  type QuestionId,
  type Outcome,
} from '../src/index.ts';
import { ELIGIBLE_ANSWERS } from '../src/fixtures.ts';

const context = { postcodeDistricts: ['ST16', 'DY1'] };

const eligibleAnswers: Answers = { postcode: 'ST16 3AA', ...ELIGIBLE_ANSWERS };

function evaluate(overrides: Partial<Answers>) {
  const outcome = evaluateEligibility({ ...eligibleAnswers, ...overrides }, context);
  if (!outcome.ok) throw new Error(`unexpected validation errors: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

describe('evaluateEligibility', () => {
  it('finds a carer likely eligible when every answer is', () => {
    const result = evaluate({});
    expect(result.outcome).toBe('likely-eligible');
    expect(result.heading).toBe('You may be able to foster');
    expect(result.concerns).toEqual([]);
    expect(result.findings).toHaveLength(QUESTION_IDS.length);
  });

  // Every answer of every question, with the outcome the domain notes give it.
  const table: Array<[QuestionId, string, Outcome]> = [
    ['postcode', 'ST16 3AA', 'likely-eligible'],
    ['postcode', 'dy1 1aa', 'likely-eligible'],
    ['postcode', 'M1 1AE', 'talk-to-us'],
    ['age', 'yes', 'likely-eligible'],
    ['age', 'no', 'not-eligible-now'],
    ['bedroom', 'yes', 'likely-eligible'],
    ['bedroom', 'moving-soon', 'talk-to-us'],
    ['bedroom', 'no', 'not-eligible-now'],
    ['rightToLive', 'settled', 'likely-eligible'],
    ['rightToLive', 'time-limited', 'talk-to-us'],
    ['rightToLive', 'none', 'not-eligible-now'],
    ['home', 'own', 'likely-eligible'],
    ['home', 'social-rent', 'likely-eligible'],
    ['home', 'private-rent-consent', 'likely-eligible'],
    ['home', 'private-rent', 'talk-to-us'],
    ['home', 'lodger', 'talk-to-us'],
    ['convictions', 'no', 'likely-eligible'],
    ['convictions', 'yes', 'talk-to-us'],
    ['smoking', 'no', 'likely-eligible'],
    ['smoking', 'yes', 'talk-to-us'],
    ['daytime', 'at-home', 'likely-eligible'],
    ['daytime', 'flexible', 'likely-eligible'],
    ['daytime', 'full-time', 'talk-to-us'],
    ['pets', 'none', 'likely-eligible'],
    ['pets', 'some', 'likely-eligible'],
    ['pets', 'three-plus-dogs', 'talk-to-us'],
    ['pets', 'banned-breed', 'not-eligible-now'],
    ['experience', 'yes', 'likely-eligible'],
    ['experience', 'no', 'talk-to-us'],
  ];

  it.each(table)('maps %s = %s to %s with a readable reason', (id, answer, expected) => {
    const result = evaluate({ [id]: answer });
    expect(result.outcome).toBe(expected);
    const finding = result.findings.find((f) => f.questionId === id)!;
    expect(finding.outcome).toBe(expected);
    // A whole sentence a person can read, not a code.
    expect(finding.reason).toMatch(/^[A-Z][^.]*[a-z].*\.$/);
    if (expected !== 'likely-eligible') expect(result.concerns.map((c) => c.questionId)).toEqual([id]);
  });

  it('covers every option of every choice question in the table', () => {
    for (const question of questions) {
      if (question.kind !== 'choice') continue;
      for (const option of question.options) {
        expect(
          table.some(([id, answer]) => id === question.id && answer === option.value),
          `${question.id}=${option.value}`,
        ).toBe(true);
      }
    }
  });

  it('takes the worst outcome across answers', () => {
    expect(evaluate({ smoking: 'yes', age: 'no' }).outcome).toBe('not-eligible-now');
    expect(evaluate({ smoking: 'yes', pets: 'three-plus-dogs' }).concerns).toHaveLength(2);
  });

  it('never dead-ends: every outcome offers a next step that keeps in touch', () => {
    for (const overrides of [{}, { smoking: 'yes' }, { age: 'no' }, { bedroom: 'no', rightToLive: 'none' }]) {
      const result = evaluate(overrides);
      expect(result.nextSteps).toMatch(/Leave your details/);
    }
  });

  it('signposts Fosterline when the postcode is outside the partner area', () => {
    const result = evaluate({ postcode: 'EH1 1YZ' });
    expect(result.concerns[0]!.reason).toContain('0800 040 7675');
  });

  it('treats an empty list of districts as covering everywhere', () => {
    const outcome = evaluateEligibility({ ...eligibleAnswers, postcode: 'EH1 1YZ' }, { postcodeDistricts: [] });
    expect(outcome.ok && outcome.result.outcome).toBe('likely-eligible');
  });

  it('says "you may" or "you may not yet" in every heading', () => {
    expect(evaluate({}).heading).toMatch(/^You may /);
    expect(evaluate({ age: 'no' }).heading).toBe('You may not be able to foster yet');
  });
});

describe('an honest "not now"', () => {
  const full = { postcode: 'DY1 1AA', ...ELIGIBLE_ANSWERS };

  it('stops at the first answer that rules the carer out for now: the questions after it need no answer', async () => {
    const { evaluateEligibility, rulesOutForNow } = await import('../src/index.ts');
    expect(rulesOutForNow('age', 'no')).toBe(true);
    expect(rulesOutForNow('age', 'yes')).toBe(false);
    const outcome = evaluateEligibility({ postcode: 'DY1 1AA', age: 'no' }, { postcodeDistricts: ['DY1'] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.outcome).toBe('not-eligible-now');
    expect(outcome.result.findings.map((f) => f.questionId)).toEqual(['postcode', 'age']);
    expect(outcome.result.concerns[0]!.reason).toMatch(/at least 21/);
  });

  it('still needs every answer before the one that stops it, and every answer when none does', async () => {
    const { evaluateEligibility } = await import('../src/index.ts');
    const early = evaluateEligibility({ postcode: 'DY1 1AA', bedroom: 'no' }, { postcodeDistricts: ['DY1'] });
    expect(!early.ok && Object.keys(early.errors)).toEqual(['age']);
    const { experience: _left, ...withoutLast } = full;
    const missing = evaluateEligibility(withoutLast, { postcodeDistricts: ['DY1'] });
    expect(!missing.ok && Object.keys(missing.errors)).toEqual(['experience']);
  });

  it('gives reasons that fit the answer: "no pets" is not told pets are welcome', async () => {
    const { evaluateAnswer } = await import('../src/index.ts');
    expect(evaluateAnswer('pets', 'none', { postcodeDistricts: [] })!.reason).not.toMatch(/welcome/);
    expect(evaluateAnswer('pets', 'some', { postcodeDistricts: [] })!.reason).toMatch(/welcome/);
  });
});
