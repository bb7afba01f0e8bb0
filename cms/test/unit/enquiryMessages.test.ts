import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '@bfp/eligibility';
import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/fixtures';
import { teamMessage } from '../../src/collections/Enquiries/emails/messages.ts';
import type { Enquiry, Partner } from '../../src/payload-types.ts';

const answers = { postcode: 'DY1 1AA', ...ELIGIBLE_ANSWERS, bedroom: 'moving-soon', smoking: 'yes' };

describe("the team's e-mail", () => {
  it('carries every answer in the carer’s words, with what it means', () => {
    const evaluation = evaluateEligibility(answers, { postcodeDistricts: ['DY1'] });
    if (!evaluation.ok) throw new Error('expected valid answers');
    const enquiry = {
      id: 7,
      reference: 'DUDL-000007',
      outcome: evaluation.result.outcome,
      answers: evaluation.result.answers,
      findings: evaluation.result.findings,
      contact: { fullName: 'Sam', email: 's@example.com', phone: '01632 960 001' },
      callBackBy: '2026-12-04T10:00:00.000Z',
    } as unknown as Enquiry;
    const partner = { shortName: 'Dudley', contact: { email: 'team@dudley.example' } } as unknown as Partner;
    const { text } = teamMessage({ enquiry, partner, serverUrl: 'https://cms.example' });
    expect(text).toContain('Result of the checker: Talk it through');
    expect(text).toContain('- Does anyone in your household smoke or vape?\n  Yes (');
    expect(text).toContain(
      '- Do you have a spare bedroom that would be the child’s own?\n  Not yet, but I am moving somewhere with one soon',
    );
    expect(text).toContain('- What is your postcode?\n  DY1 1AA');
  });
});

describe('a keep-in-touch enquiry', () => {
  it("is no call-back in the team's e-mail, nor a promised call in the carer's", async () => {
    const { carerMessage } = await import('../../src/collections/Enquiries/emails/messages.ts');
    const enquiry = {
      id: 8,
      reference: 'DUDL-000008',
      status: 'keep-in-touch',
      outcome: 'not-eligible-now',
      answers: { postcode: 'DY1 1AA', age: 'no' },
      findings: [],
      contact: { fullName: 'Jo', email: 'jo@example.com', phone: '01632 960 002' },
      callBackBy: null,
    } as unknown as Enquiry;
    const partner = {
      name: 'Dudley Council',
      shortName: 'Dudley',
      contact: { email: 'team@dudley.example', phone: '01632 960 202' },
      privacy: { dataControllerName: 'Dudley Council' },
    } as unknown as Partner;
    const team = teamMessage({ enquiry, partner, serverUrl: 'https://cms.example' });
    expect(team.subject).toBe('Keep-in-touch enquiry DUDL-000008: no call-back due');
    expect(team.text).not.toMatch(/call back by/i);
    const carer = carerMessage({ enquiry, partner });
    expect(carer.text).toContain('Nobody will phone you about this enquiry.');
    expect(carer.text).not.toMatch(/will phone you within/);
  });
});
