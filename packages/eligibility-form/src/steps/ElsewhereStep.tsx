import { DEFAULT_LANGUAGE, sitePath } from '@bfp/eligibility';
import type { FormCouncil } from '../types.ts';
import { useWording } from '../FormLanguage.ts';
import { StepHeading } from './StepHeading.tsx';

/**
 * Another council in the partnership covers the carer's postcode: its own team should hear from them, so the checker
 * sends them to that council's checker instead of going on here (the same routing the partnership's site uses), in
 * the page's language where that council's site has it.
 */
export function ElsewhereStep({ council, district }: { council: FormCouncil; district: string }) {
  const { say, language } = useWording();
  const checkerLanguage = council.languages?.includes(language) ? language : DEFAULT_LANGUAGE;
  return (
    <div className="step">
      <StepHeading focus>{say.elsewhere.heading(council.name)}</StepHeading>
      <p>{say.elsewhere.body(council.shortName, district)}</p>
      <p>
        <a className="button" href={`${council.siteUrl.replace(/\/$/, '')}${sitePath(checkerLanguage, 'check')}`}>
          {say.elsewhere.link(council.shortName)}
        </a>
      </p>
    </div>
  );
}
