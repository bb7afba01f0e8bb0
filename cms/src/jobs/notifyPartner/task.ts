import type { TaskConfig } from 'payload';
import { OUTCOME_HEADINGS, type Outcome } from '@bfp/eligibility';
import { enquiryEmailTask, findEnquiryForJob, type EnquiryJobInput } from '../enquiryForJob.ts';

/**
 * Tells the partner's recruitment team about a new enquiry. It runs after the enquiry is stored, as a job: an SMTP
 * outage only delays the e-mail (Payload retries with backoff), and the enquiry is already safe in the database.
 */
export const notifyPartnerTask = {
  slug: 'notifyPartnerOfEnquiry',
  label: 'E-mail the partner team about a new enquiry',
  ...enquiryEmailTask,
  handler: async ({ input, req }) => {
    const { payload } = req;
    const found = await findEnquiryForJob(req, (input as EnquiryJobInput).enquiry);
    if (!found) return { output: {} };
    const { enquiry, partner } = found;
    const adminUrl = `${payload.config.serverURL}/admin/collections/enquiries/${enquiry.id}`;
    await payload.sendEmail({
      to: partner.contact.email,
      subject: `New fostering enquiry ${enquiry.reference}: please call back within one working day`,
      // Plain text only: names and answers are carers' own words and are never rendered as HTML.
      text: [
        `A new enquiry has come in from your ${partner.shortName} fostering site.`,
        '',
        `Reference: ${enquiry.reference}`,
        `Name: ${enquiry.contact?.fullName}`,
        `Phone: ${enquiry.contact?.phone}`,
        `Email: ${enquiry.contact?.email}`,
        `Result of the checker: ${OUTCOME_HEADINGS[enquiry.outcome as Outcome]}`,
        '',
        `Please call back by ${callBackBy(enquiry.callBackBy)} (one working day). The full enquiry: ${adminUrl}`,
      ].join('\n'),
    });
    return { output: {} };
  },
} as TaskConfig<{ input: EnquiryJobInput; output: object }>;

function callBackBy(deadline: string | null | undefined): string {
  if (!deadline) return 'the end of the next working day';
  return new Date(deadline).toLocaleString('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}
