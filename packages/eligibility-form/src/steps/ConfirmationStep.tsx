import type { FormPartner } from '../types.ts';
import { StepHeading } from './StepHeading.tsx';

/** GOV.UK confirmation: a panel with the reference, then what happens next, who will call and when. */
export function ConfirmationStep({ partner, reference }: { partner: FormPartner; reference: string }) {
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
      <p>
        Someone from {partner.shortName}’s fostering team will call you, usually within one working day. They will talk about fostering,
        answer your questions and, if you would like, arrange a visit.
      </p>
      <p>
        If you would rather call us, ring {partner.phone}
        {partner.officeHours ? ` (${partner.officeHours})` : ''} and quote your reference number.
      </p>
    </div>
  );
}
