import type { PayloadRequest } from 'payload';
import { hasRole } from '../../../access/roles.ts';
import type { Enquiry } from '../../../payload-types.ts';
import type { DATA_PROTECTION_ACTIONS } from '../../DataProtectionLog/index.ts';

type Action = (typeof DATA_PROTECTION_ACTIONS)[number]['value'];

const problem = (status: number, message: string) =>
  Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * The gate in front of a data-subject request: only an admin (the partnership's data protection lead) may export or
 * erase a person's data. Enforced here on the server; the admin panel only offers the buttons to admins.
 * Returns the enquiry (partner populated), or the response to send instead.
 */
export async function enquiryForSubjectRequest(
  req: PayloadRequest,
  refusal = 'Only administrators can export or erase a person’s data. Ask your data protection lead.',
): Promise<{ enquiry: Enquiry } | { response: Response }> {
  if (!req.user) return { response: problem(401, 'Log in as an administrator to act on a person’s data.') };
  if (!hasRole(req.user, 'admin')) return { response: problem(403, refusal) };
  const raw = String(req.routeParams?.id ?? '');
  const id = req.payload.db.defaultIDType === 'number' ? Number(raw) : raw;
  let enquiry: Enquiry | null = null;
  if (raw && !(typeof id === 'number' && !Number.isInteger(id))) {
    try {
      enquiry = await req.payload.findByID({
        collection: 'enquiries',
        id,
        depth: 1,
        overrideAccess: true,
        disableErrors: true,
        req,
      });
    } catch {
      // A malformed id (e.g. not an ObjectId on MongoDB) is just an enquiry that does not exist.
      enquiry = null;
    }
  }
  if (!enquiry) return { response: problem(404, `No enquiry with id "${raw}". It may already have been erased.`) };
  return { enquiry };
}

/** The log names the enquiry by reference only: it must not itself become a store of the personal data it records. */
export async function logSubjectRequest({
  req,
  enquiry,
  action,
  summary,
}: {
  req: PayloadRequest;
  enquiry: Enquiry;
  action: Action;
  summary: string;
}) {
  const partner = typeof enquiry.partner === 'object' ? enquiry.partner.id : enquiry.partner;
  await req.payload.create({
    collection: 'data-protection-log',
    data: { action, summary, partner, count: 1, references: [enquiry.reference], performedBy: req.user!.id },
    overrideAccess: true,
    req,
  });
}

export { problem as subjectRequestProblem };
