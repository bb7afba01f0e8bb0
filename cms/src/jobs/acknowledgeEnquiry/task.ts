import type { TaskConfig } from 'payload';
import { enquiryEmailTask, findEnquiryForJob, type EnquiryJobInput } from '../enquiryForJob.ts';

/**
 * Thanks the carer and gives them their reference and who will call. The JavaScript form shows the reference on
 * screen; a carer using the plain HTML form lands on a static page that cannot, so this e-mail is where they get it.
 */
export const acknowledgeEnquiryTask = {
  slug: 'acknowledgeEnquiry',
  label: 'E-mail the carer their enquiry reference',
  ...enquiryEmailTask,
  handler: async ({ input, req }) => {
    const found = await findEnquiryForJob(req, (input as EnquiryJobInput).enquiry);
    if (!found) return { output: {} };
    const { enquiry, partner } = found;
    if (!enquiry.contact?.email) return { output: {} };
    const hours = partner.contact.officeHours ? ` (${partner.contact.officeHours})` : '';
    await req.payload.sendEmail({
      to: enquiry.contact.email,
      subject: `Your fostering enquiry ${enquiry.reference}`,
      text: [
        `Thank you for your enquiry about fostering with ${partner.name}.`,
        '',
        `Your reference number is ${enquiry.reference}.`,
        '',
        'What happens next',
        `Someone from the ${partner.shortName} fostering team will phone you within one working day for an informal chat.`,
        `If you would like to talk sooner, call ${partner.contact.phone}${hours} and give your reference.`,
        '',
        `${partner.privacy.dataControllerName} holds your details to respond to your enquiry. If you did not make this enquiry, reply to tell us and we will delete it.`,
      ].join('\n'),
    });
    return { output: {} };
  },
} as TaskConfig<{ input: EnquiryJobInput; output: object }>;
