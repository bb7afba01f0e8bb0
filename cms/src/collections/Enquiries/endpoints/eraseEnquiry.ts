import type { PayloadHandler, PayloadRequest } from 'payload';
import { enquiryForSubjectRequest, logSubjectRequest, subjectRequestProblem } from './subjectRequest.ts';

/**
 * POST /api/enquiries/:id/erase with { "confirm": "<the enquiry's reference>" } — a request for erasure (UK GDPR
 * Article 17): deletes the enquiry outright, and any e-mail about it still waiting to be sent. Typing the reference
 * is the safeguard against erasing the wrong person; nothing is deleted unless it matches. Admins only.
 */
export const eraseEnquiry: PayloadHandler = async (req) => {
  const found = await enquiryForSubjectRequest(req);
  if ('response' in found) return found.response;
  const { enquiry } = found;

  const confirm = await confirmationFrom(req);
  if (confirm === null || confirm.trim().toUpperCase() !== enquiry.reference.toUpperCase()) {
    return subjectRequestProblem(
      400,
      `To erase this enquiry, type its reference (${enquiry.reference}) exactly as confirmation. Nothing was deleted.`,
    );
  }

  // overrideAccess false: the collection's own delete access (admins only) is checked again for this user.
  // The e-mails still to send live in the enquiry's own row (the outbox), so they go with it.
  const cancelledEmails = [enquiry.emails?.team, enquiry.emails?.carer].filter(
    (state) => state === 'pending' || state === 'failed',
  ).length;
  await req.payload.delete({ collection: 'enquiries', id: enquiry.id, overrideAccess: false, req });
  await logSubjectRequest({
    req,
    enquiry,
    action: 'subject-erasure',
    summary: `Erased enquiry ${enquiry.reference} at the data subject’s request`,
  });
  req.payload.logger.info(`[data protection] enquiry ${enquiry.reference} erased by user ${req.user!.id}`);

  return Response.json(
    { message: `Enquiry ${enquiry.reference} has been erased.`, reference: enquiry.reference, cancelledEmails },
    { headers: { 'Cache-Control': 'no-store' } },
  );
};

async function confirmationFrom(req: PayloadRequest): Promise<string | null> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get('content-type') ?? '') || !req.json) return null;
  try {
    const body = (await req.json()) as { confirm?: unknown } | null;
    return typeof body?.confirm === 'string' ? body.confirm : null;
  } catch {
    return null;
  }
}
