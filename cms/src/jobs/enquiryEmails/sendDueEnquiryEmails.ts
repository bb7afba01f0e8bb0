import type { Payload } from 'payload';
import { errorSummary } from '../../errorSummary.ts';
import type { Enquiry, Partner } from '../../payload-types.ts';
import { isPastGivingUp, nextAttemptAfterFailure, type DeliveryPolicy, type EmailState } from './deliveryPolicy.ts';
import { carerMessage, messageIdFor, teamMessage, type EnquiryMessage } from './messages.ts';
import { claimDueEnquiries, markSent, releaseClaim, type EnquiryId, type Recipient } from './outbox.ts';

export interface SweepReport {
  /** Enquiries this worker claimed in this sweep. */
  claimed: number;
  sent: number;
  /** Attempts that failed and will be tried again. */
  retrying: number;
  /** E-mails given up for good (the enquiry is flagged). */
  undelivered: number;
}

const RECIPIENTS: Recipient[] = ['team', 'carer'];

/**
 * One sweep of the outbox: claims the enquiries whose e-mails are due and sends them. The jobs worker calls it in a
 * loop of its own, so a long site build never holds back a carer's e-mail; tests call it directly.
 */
export async function sendDueEnquiryEmails({
  payload,
  policy,
  limit = 40,
  now = () => new Date(),
}: {
  payload: Payload;
  policy: DeliveryPolicy;
  limit?: number;
  now?: () => Date;
}): Promise<SweepReport> {
  const claimedAt = now();
  const ids = await claimDueEnquiries({ payload, now: claimedAt, limit, claimSeconds: policy.claimSeconds });
  const claimEnds = claimedAt.getTime() + policy.claimSeconds * 1000;
  const report: SweepReport = { claimed: ids.length, sent: 0, retrying: 0, undelivered: 0 };
  if (!ids.length) return report;
  // The claimed enquiries and their partners in two reads for the whole sweep, not one populated read each: on the
  // day of an appeal that read was most of what the worker spent per enquiry, beside the web instances on two cores.
  const { docs: enquiries } = await payload.find({ collection: 'enquiries', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true });
  const partnerIds = [...new Set(enquiries.map((enquiry) => enquiry.partner).filter((id) => typeof id !== 'object'))];
  const { docs: partners } = await payload.find({ collection: 'partners', where: { id: { in: partnerIds } }, pagination: false, depth: 0, overrideAccess: true });
  const byId = new Map(enquiries.map((enquiry) => [String(enquiry.id), enquiry]));
  const partnerById = new Map(partners.map((partner) => [String(partner.id), partner]));
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const enquiry = byId.get(String(id));
      const partner = enquiry ? (partnerById.get(String(enquiry.partner)) ?? null) : null;
      await deliver({ payload, policy, id, enquiry, partner, report, now, claimEnds });
    }
  };
  await Promise.all(Array.from({ length: Math.min(policy.concurrency, ids.length) }, worker));
  return report;
}

async function deliver({
  payload,
  policy,
  id,
  enquiry,
  partner,
  report,
  now,
  claimEnds,
}: {
  payload: Payload;
  policy: DeliveryPolicy;
  id: EnquiryId;
  enquiry: Enquiry | undefined;
  partner: Partner | null;
  report: SweepReport;
  now: () => Date;
  claimEnds: number;
}) {
  // Erased at the carer's request since it was claimed: there is nobody left to write to or about.
  if (!enquiry) return;
  const states: Record<Recipient, EmailState> = { team: enquiry.emails?.team ?? 'pending', carer: enquiry.emails?.carer ?? 'pending' };
  const attempts = (enquiry.emails?.attempts ?? 0) + 1;
  if (enquiry.anonymisedAt || !partner) {
    for (const recipient of RECIPIENTS) if (states[recipient] === 'pending') states[recipient] = 'cancelled';
    await releaseClaim({ payload, id, next: null, attempts: attempts - 1, lastError: null, states });
    return;
  }

  const failures: string[] = [];
  const pending = RECIPIENTS.filter((recipient) => states[recipient] === 'pending');
  for (const [index, recipient] of pending.entries()) {
    const message = messageFor({ recipient, enquiry, partner, serverUrl: payload.config.serverURL });
    try {
      await payload.sendEmail({ ...message, messageId: messageIdFor({ enquiry, recipient, serverUrl: payload.config.serverURL }) });
      states[recipient] = 'sent';
      report.sent += 1;
    } catch (error) {
      failures.push(`${recipient} e-mail: ${errorSummary(error)}`);
      continue;
    }
    // The last one sent is recorded by the release below, in the same write.
    if (index < pending.length - 1) await whileClaimHolds(claimEnds, () => markSent({ payload, id, recipient }));
  }
  // Every release from here on also records what was just sent.
  const release = (args: Omit<Parameters<typeof releaseClaim>[0], 'payload' | 'id' | 'states'>) => whileClaimHolds(claimEnds, () => releaseClaim({ payload, id, states, ...args }));
  if (!failures.length) {
    await release({ next: null, attempts: attempts - 1, lastError: null });
    return;
  }

  const lastError = failures.join('; ');
  const at = now();
  if (isPastGivingUp({ policy, receivedAt: new Date(enquiry.createdAt), now: at })) {
    for (const recipient of RECIPIENTS) if (states[recipient] === 'pending') states[recipient] = 'failed';
    await release({ next: null, attempts, lastError, notDelivered: true });
    report.undelivered += failures.length;
    payload.logger.error(`[enquiry e-mail] ${enquiry.reference}: given up after ${attempts} attempts over ${policy.giveUpHours} h (${lastError}); flagged "e-mail not delivered"`);
    return;
  }
  const next = nextAttemptAfterFailure({ policy, attempts, now: at });
  await release({ next, attempts, lastError });
  report.retrying += failures.length;
  payload.logger.warn(`[enquiry e-mail] ${enquiry.reference}: attempt ${attempts} failed (${lastError}); next try at ${next.toISOString()}`);
}

/**
 * The relay has accepted a message: record it, and keep trying while this worker still holds the claim (the
 * database may be restarting). Only if the claim runs out first can another worker send it again, with the same
 * Message-ID.
 */
async function whileClaimHolds(claimEnds: number, write: () => Promise<void>) {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (Date.now() > claimEnds - 2000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function messageFor({ recipient, enquiry, partner, serverUrl }: { recipient: Recipient; enquiry: Enquiry; partner: Partner; serverUrl: string }): EnquiryMessage {
  return recipient === 'team' ? teamMessage({ enquiry, partner, serverUrl }) : carerMessage({ enquiry, partner });
}
