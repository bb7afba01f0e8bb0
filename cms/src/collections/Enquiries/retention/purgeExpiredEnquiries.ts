import type { PayloadRequest } from 'payload';
import type { Enquiry, Partner } from '../../../payload-types.ts';
import { CONVERTED_STATUSES } from '../workflow.ts';
import { ANONYMISING, anonymisedEnquiryData } from './anonymise.ts';

export interface PurgeOutput {
  anonymised: number;
  /** Partner slug → how many of its enquiries this run anonymised. */
  byPartner: Record<string, number>;
}

/** The same calendar day `months` earlier (clamped to the month's last day, so 31 May − 3 months is 28/29 February). */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date);
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

type Candidate = Pick<Enquiry, 'id' | 'reference' | 'createdAt' | 'statusHistory'>;

/** When the enquiry last moved: its last recorded status change, or when it arrived if none is recorded. */
function lastActivity(enquiry: Candidate): Date {
  const times = (enquiry.statusHistory ?? [])
    .map((change) => (change.at ? Date.parse(change.at) : NaN))
    .filter((t) => !Number.isNaN(t));
  return new Date(times.length ? Math.max(...times) : Date.parse(enquiry.createdAt));
}

/**
 * UK GDPR storage limitation: an enquiry that never became an application is kept only for its partner's retention
 * period (the data controller's choice, on the partner record), counted from its last change of status. It is
 * anonymised rather than deleted so the partnership's conversion figures still add up.
 */
export async function purgeExpiredEnquiries(req: PayloadRequest): Promise<PurgeOutput> {
  const { payload } = req;
  const now = new Date();
  const { docs: partners } = await payload.find({
    collection: 'partners',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const output: PurgeOutput = { anonymised: 0, byPartner: {} };
  const failures: string[] = [];

  for (const partner of partners) {
    const months = partner.privacy?.retentionMonths;
    if (typeof months !== 'number' || !(months > 0)) {
      // Required on the partner record, but a record older than the field must not be purged on a guess.
      payload.logger.warn(`[retention] skipped ${partner.slug}: it has no retention period set`);
      continue;
    }
    const { done, failed } = await purgePartner({ req, partner, months, now });
    failures.push(...failed);
    if (!done.length) continue;
    output.anonymised += done.length;
    output.byPartner[partner.slug] = done.length;
    const summary = `Anonymised ${done.length} ${partner.shortName} ${done.length === 1 ? 'enquiry' : 'enquiries'} older than ${months} months`;
    await payload.create({
      collection: 'data-protection-log',
      data: { action: 'retention-anonymised', summary, partner: partner.id, count: done.length, references: done },
      overrideAccess: true,
      req,
    });
    payload.logger.info(`[retention] ${summary}: ${done.join(', ')}`);
  }

  // Failing the job makes Payload retry it and shows it as failed under Jobs; what was done is already logged above.
  if (failures.length)
    throw new Error(`Could not anonymise ${failures.length} expired enquiries: ${failures.join(', ')}`);
  return output;
}

async function purgePartner({
  req,
  partner,
  months,
  now,
}: {
  req: PayloadRequest;
  partner: Partner;
  months: number;
  now: Date;
}): Promise<{ done: string[]; failed: string[] }> {
  const { payload } = req;
  const cutoff = monthsBefore(now, months);
  // The query narrows to enquiries that could have expired (an expired one has every recorded change, or else its
  // arrival, before the cut-off); the exact "last change" test runs below, because a where clause cannot say "latest".
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: {
      and: [
        { partner: { equals: partner.id } },
        { status: { not_in: [...CONVERTED_STATUSES] } },
        { anonymisedAt: { exists: false } },
        {
          or: [
            { createdAt: { less_than: cutoff.toISOString() } },
            { 'statusHistory.at': { less_than: cutoff.toISOString() } },
          ],
        },
      ],
    },
    select: { reference: true, createdAt: true, statusHistory: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const done: string[] = [];
  const failed: string[] = [];
  for (const enquiry of docs as Candidate[]) {
    if (lastActivity(enquiry) >= cutoff) continue;
    try {
      await payload.update({
        collection: 'enquiries',
        id: enquiry.id,
        data: anonymisedEnquiryData(now),
        overrideAccess: true,
        context: { [ANONYMISING]: true },
        req,
      });
      done.push(enquiry.reference);
    } catch (error) {
      payload.logger.error({ err: error, msg: `[retention] could not anonymise enquiry ${enquiry.reference}` });
      failed.push(enquiry.reference);
    }
  }
  return { done, failed };
}
