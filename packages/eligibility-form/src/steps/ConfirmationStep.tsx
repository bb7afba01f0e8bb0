import type { Outcome } from '@bfp/eligibility';
import type { FormPartner } from '../types.ts';
import { StepHeading } from './StepHeading.tsx';

/** GOV.UK confirmation: a panel with the reference, then what happens next, who will call and when. */
export function ConfirmationStep({ partner, reference, team, outcome }: { partner: FormPartner; reference: string; team: { name: string; phone: string } | null; outcome: Outcome }) {
  // On the partnership's own site the enquiry goes to the council covering the carer; its team calls back.
  const who = team && team.name !== partner.name ? team.name : `${partner.shortName}’s`;
  const phone = team?.phone ?? partner.phone;
  const hours = team && team.name !== partner.name ? null : partner.officeHours;
  return (
    <div className="step">
      <div className="panel panel--confirmation">
        <StepHeading focus>Thank you, we have your details</StepHeading>
        <p className="panel__body">
          Your reference number
          <br />
          <strong data-testid="enquiry-reference">{reference}</strong>
        </p>
      </div>
      <h3>What happens next</h3>
      {outcome === 'not-eligible-now' ? (
        // Nobody is going to ring them about this: say so, rather than promise a call.
        <p>{who} fostering team will keep your details and get in touch when the time may be right for you to foster. They will not call you about this enquiry.</p>
      ) : (
        <p>Someone from {who} fostering team will call you, usually within one working day. They will talk about fostering, answer your questions and, if you would like, arrange a visit.</p>
      )}
      <p>
        If you would rather call us, ring {phone}
        {hours ? ` (${hours})` : ''} and quote your reference number.
      </p>
    </div>
  );
}
