import type { TaskConfig } from 'payload';
import { OUTCOME_HEADINGS, type Outcome } from '@bfp/eligibility';

interface NotifyInput {
  enquiry: number | string;
}

/**
 * Tells the partner's recruitment team about a new enquiry. It runs after the enquiry is stored, as a job: an SMTP
 * outage only delays the e-mail (Payload retries with backoff), and the enquiry is already safe in the database.
 */
export const notifyPartnerTask = {
  slug: 'notifyPartnerOfEnquiry',
  label: 'E-mail the partner team about a new enquiry',
  inputSchema: [{ name: 'enquiry', type: 'text', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req;
    // Job input is stored as text; ids are numbers on SQLite and strings on MongoDB.
    const raw = String((input as NotifyInput).enquiry);
    const id = payload.db.defaultIDType === 'number' ? Number(raw) : raw;
    const enquiry = await payload.findByID({ collection: 'enquiries', id, depth: 1, overrideAccess: true, req });
    const partner = typeof enquiry.partner === 'object' ? enquiry.partner : null;
    if (!partner) throw new Error(`Enquiry ${enquiry.reference} has no partner to notify`);
    const adminUrl = `${payload.config.serverURL}/admin/collections/enquiries/${enquiry.id}`;
    await payload.sendEmail({
      to: partner.contact.email,
      subject: `New fostering enquiry ${enquiry.reference}: please call back within one working day`,
      // Plain text only: names and answers are carers' own words and are never rendered as HTML.
      text: [
        `A new enquiry has come in from your ${partner.shortName} fostering site.`,
        '',
        `Reference: ${enquiry.reference}`,
        `Name: ${enquiry.contact?.fullName ?? ''}`,
        `Phone: ${enquiry.contact?.phone ?? ''}`,
        `Email: ${enquiry.contact?.email ?? ''}`,
        `Result of the checker: ${OUTCOME_HEADINGS[enquiry.outcome as Outcome]}`,
        '',
        `Please call back within one working day. The full enquiry: ${adminUrl}`,
      ].join('\n'),
    });
    return { output: {} };
  },
} as TaskConfig<{ input: NotifyInput; output: object }>;
