import type { FormCouncil } from '../types.ts';
import { StepHeading } from './StepHeading.tsx';

/**
 * Another council in the partnership covers the carer's postcode: its own team should hear from them, so the checker
 * sends them to that council's checker instead of going on here (the same routing the partnership's site uses).
 */
export function ElsewhereStep({ council, district }: { council: FormCouncil; district: string }) {
  return (
    <div className="step">
      <StepHeading focus>{council.name} covers your postcode</StepHeading>
      <p>
        {council.shortName}’s fostering team looks after {district}. They will answer your questions and call you back,
        so check if you could foster on their site.
      </p>
      <p>
        <a className="button" href={`${council.siteUrl.replace(/\/$/, '')}/check/`}>
          Check if you could foster with {council.shortName}
        </a>
      </p>
    </div>
  );
}
