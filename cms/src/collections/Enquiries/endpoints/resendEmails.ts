import type { PayloadHandler } from 'payload';
import { requeueUndelivered } from '../emails/outbox.ts';
import { enquiryForSubjectRequest, subjectRequestProblem } from './subjectRequest.ts';

/**
 * POST /api/enquiries/:id/resend-emails — after a relay outage longer than the retries last, an admin sends the
 * enquiry's undelivered e-mails again (the worker picks them up within a second). Admins only; e-mails already sent
 * are not sent twice.
 */
export const resendEmails: PayloadHandler = async (req) => {
  const found = await enquiryForSubjectRequest(req, 'Only administrators can send an enquiry’s e-mails again.');
  if ('response' in found) return found.response;
  const { enquiry } = found;
  if (enquiry.anonymisedAt)
    return subjectRequestProblem(409, `Enquiry ${enquiry.reference} has been anonymised: there is nobody to write to.`);
  const waiting = [enquiry.emails?.team, enquiry.emails?.carer].filter(
    (state) => state === 'failed' || state === 'pending',
  ).length;
  if (!waiting)
    return subjectRequestProblem(409, `Both e-mails about enquiry ${enquiry.reference} have already been sent.`);
  if (!(await requeueUndelivered({ payload: req.payload, id: enquiry.id, now: new Date() }))) {
    return subjectRequestProblem(
      409,
      `The e-mails about enquiry ${enquiry.reference} are being sent right now. Wait a minute, then look at them again.`,
    );
  }
  req.payload.logger.info(
    `[enquiry e-mail] ${enquiry.reference}: ${waiting} e-mail(s) queued again by user ${req.user!.id}`,
  );
  return Response.json(
    {
      message: `The e-mails about enquiry ${enquiry.reference} will be sent again within a minute.`,
      reference: enquiry.reference,
      queued: waiting,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
};
