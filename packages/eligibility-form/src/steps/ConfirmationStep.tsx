import { confirmationWording, type Outcome } from '@bfp/eligibility';
import type { FormPartner } from '../types.ts';
import { useWording } from '../FormLanguage.ts';
import { StepHeading } from './StepHeading.tsx';

/** GOV.UK confirmation: a panel with the reference, then what happens next, who will call and when. */
export function ConfirmationStep({
  partner,
  reference,
  team,
  outcome,
}: {
  partner: FormPartner;
  reference: string;
  team: { name: string; phone: string } | null;
  outcome: Outcome;
}) {
  const say = confirmationWording(useWording().language);
  // On the partnership's own site the enquiry goes to the council covering the carer; its team calls back.
  const otherTeam = team && team.name !== partner.name;
  const who = otherTeam ? say.namedTeam(team.name) : say.ownTeam(partner.shortName);
  const phone = team?.phone ?? partner.phone;
  const hours = otherTeam ? null : partner.officeHours;
  return (
    <div className="step">
      <div className="panel panel--confirmation">
        <StepHeading focus>{say.heading}</StepHeading>
        <p className="panel__body">
          {say.referenceLabel}
          <br />
          <strong data-testid="enquiry-reference">{reference}</strong>
        </p>
      </div>
      <h3>{say.whatHappensNext}</h3>
      {/* Nobody is going to ring them about this: say so, rather than promise a call. */}
      <p>{outcome === 'not-eligible-now' ? say.keepInTouch(who) : say.callBack(who)}</p>
      <p>{say.ringUs(hours ? `${phone} (${hours})` : phone)}</p>
    </div>
  );
}
