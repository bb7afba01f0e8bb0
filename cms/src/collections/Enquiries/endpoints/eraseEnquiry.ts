import type { PayloadHandler, PayloadRequest } from 'payload';
import { notifyPartnerTask } from '../../../jobs/notifyPartner/task.ts';
import { acknowledgeEnquiryTask } from '../../../jobs/acknowledgeEnquiry/task.ts';
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
    return subjectRequestProblem(400, `To erase this enquiry, type its reference (${enquiry.reference}) exactly as confirmation. Nothing was deleted.`);
  }

  // overrideAccess false: the collection's own delete access (admins only) is checked again for this user.
  await req.payload.delete({ collection: 'enquiries', id: enquiry.id, overrideAccess: false, req });
  const cancelledJobs = await deletePendingNotifications(req, enquiry.id);
  await logSubjectRequest({ req, enquiry, action: 'subject-erasure', summary: `Erased enquiry ${enquiry.reference} at the data subject’s request` });
  req.payload.logger.info(`[data protection] enquiry ${enquiry.reference} erased by user ${req.user!.id}`);

  return Response.json({ message: `Enquiry ${enquiry.reference} has been erased.`, reference: enquiry.reference, cancelledJobs }, { headers: { 'Cache-Control': 'no-store' } });
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

/**
 * A queued e-mail (to the team or the carer) would otherwise fail and retry against the erased enquiry for hours. Jobs keep their
 * input as JSON, which not every adapter can query into, so pending ones for this task are listed and matched here.
 * Completed jobs are already deleted by Payload (deleteJobOnComplete).
 */
async function deletePendingNotifications(req: PayloadRequest, enquiryId: number | string): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { in: [notifyPartnerTask.slug, acknowledgeEnquiryTask.slug] } }, { completedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const ids = docs.filter((job) => String((job.input as { enquiry?: unknown } | null)?.enquiry) === String(enquiryId)).map((job) => job.id);
  if (ids.length) await req.payload.delete({ collection: 'payload-jobs', where: { id: { in: ids } }, overrideAccess: true, req });
  return ids.length;
}
