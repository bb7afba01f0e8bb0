import type { PayloadRequest, TaskConfig } from 'payload';
import type { Enquiry, Partner } from '../payload-types.ts';

/**
 * The enquiry an e-mail job is about, with its partner. Null when the enquiry has gone (erased at the carer's request
 * before the job ran): there is nobody to write to or about, so the job ends instead of retrying.
 */
export async function findEnquiryForJob(req: PayloadRequest, rawId: number | string): Promise<{ enquiry: Enquiry; partner: Partner } | null> {
  const { payload } = req;
  // Job input is stored as text; ids are numbers on SQLite and strings on MongoDB.
  const id = payload.db.defaultIDType === 'number' ? Number(rawId) : String(rawId);
  const { docs } = await payload.find({ collection: 'enquiries', where: { id: { equals: id } }, limit: 1, depth: 1, overrideAccess: true, req });
  const enquiry = docs[0];
  if (!enquiry) {
    payload.logger.info(`[enquiry e-mail] enquiry ${rawId} no longer exists; nothing to send`);
    return null;
  }
  if (typeof enquiry.partner !== 'object') throw new Error(`Enquiry ${enquiry.reference} has no partner`);
  return { enquiry, partner: enquiry.partner };
}

export interface EnquiryJobInput {
  enquiry: number | string;
}

/**
 * What every e-mail about an enquiry shares: it names the enquiry by id and retries with backoff, so an SMTP outage
 * of an hour or so only delays the message.
 */
export const enquiryEmailTask = {
  inputSchema: [{ name: 'enquiry', type: 'text', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 10_000 } },
} satisfies Pick<TaskConfig, 'inputSchema' | 'retries'>;
