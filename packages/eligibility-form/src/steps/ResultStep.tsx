import type { EligibilityResult } from '@bfp/eligibility';
import { StepHeading } from './StepHeading.tsx';

/** Tells the carer the result and why (GOV.UK "check a service is suitable"), and always offers a way on. */
export function ResultStep({
  result,
  onContinue,
  onRestart,
}: {
  result: EligibilityResult;
  onContinue: () => void;
  onRestart: () => void;
}) {
  const reasons = result.concerns.length ? result.concerns : result.findings;
  return (
    <div className={`step result result--${result.outcome}`}>
      <StepHeading focus>{result.heading}</StepHeading>
      <p>{result.concerns.length ? 'Based on your answers:' : 'From your answers:'}</p>
      <ul className="list list--bullet">
        {reasons.map((finding) => (
          <li key={finding.questionId}>{finding.reason}</li>
        ))}
      </ul>
      <p>{result.nextSteps}</p>
      <button type="button" className="button" onClick={onContinue}>
        {result.outcome === 'not-eligible-now' ? 'Keep in touch' : 'Leave your details'}
      </button>
      <p>
        <button type="button" className="link-button" onClick={onRestart}>
          Change your answers
        </button>
      </p>
    </div>
  );
}
