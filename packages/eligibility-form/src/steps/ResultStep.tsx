import type { EligibilityResult } from '@bfp/eligibility';
import { useWording } from '../FormLanguage.ts';
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
  const { say } = useWording();
  const reasons = result.concerns.length ? result.concerns : result.findings;
  return (
    <div className={`step result result--${result.outcome}`}>
      <StepHeading focus>{result.heading}</StepHeading>
      <p>{result.concerns.length ? say.result.basedOn : say.result.from}</p>
      <ul className="list list--bullet">
        {reasons.map((finding) => (
          <li key={finding.questionId}>{finding.reason}</li>
        ))}
      </ul>
      <p>{result.nextSteps}</p>
      <button type="button" className="button" onClick={onContinue}>
        {result.outcome === 'not-eligible-now' ? say.result.keepInTouch : say.result.leaveDetails}
      </button>
      <p>
        <button type="button" className="link-button" onClick={onRestart}>
          {say.result.changeAnswers}
        </button>
      </p>
    </div>
  );
}
