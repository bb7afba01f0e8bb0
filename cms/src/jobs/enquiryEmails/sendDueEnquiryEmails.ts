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
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await deliver({ payload, policy, id, report, now, claimEnds });
  };
  await Promise.all(Array.from({ length: Math.min(policy.concurrency, ids.length) }, worker));
  return report;
}

async function deliver({ payload, policy, id, report, now, claimEnds }: { payload: Payload; policy: DeliveryPolicy; id: EnquiryId; report: SweepReport; now: () => Date; claimEnds: number }) {
  const enquiry = (await payload.find({ collection: 'enquiries', where: { id: { equals: id } }, limit: 1, depth: 1, overrideAccess: true })).docs[0];
  // Erased at the carer's request since it was claimed: there is nobody left to write to or about.
  if (!enquiry) return;
  const states: Record<Recipient, EmailState> = { team: enquiry.emails?.team ?? 'pending', carer: enquiry.emails?.carer ?? 'pending' };
  const attempts = (enquiry.emails?.attempts ?? 0) + 1;
  const partner = typeof enquiry.partner === 'object' ? enquiry.partner : null;
  if (enquiry.anonymisedAt || !partner) {
    for (const recipient of RECIPIENTS) if (states[recipient] === 'pending') states[recipient] = 'cancelled';
    await releaseClaim({ payload, id, next: null, attempts: attempts - 1, lastError: null, states });
    return;
  }

  const failures: string[] = [];
  for (const recipient of RECIPIENTS) {
    if (states[recipient] !== 'pending') continue;
    const message = messageFor({ recipient, enquiry, partner, serverUrl: payload.config.serverURL });
    try {
      await payload.sendEmail({ ...message, messageId: messageIdFor({ enquiry, recipient, serverUrl: payload.config.serverURL }) });
      states[recipient] = 'sent';
      report.sent += 1;
    } catch (error) {
      failures.push(`${recipient} e-mail: ${errorSummary(error)}`);
      continue;
    }
    await recordSent({ payload, id, recipient, claimEnds });
  }
  if (!failures.length) {
    await releaseClaim({ payload, id, next: null, attempts: attempts - 1, lastError: null, states });
    return;
  }

  const lastError = failures.join('; ');
  const at = now();
  if (isPastGivingUp({ policy, receivedAt: new Date(enquiry.createdAt), now: at })) {
    for (const recipient of RECIPIENTS) if (states[recipient] === 'pending') states[recipient] = 'failed';
    await releaseClaim({ payload, id, next: null, attempts, lastError, states, notDelivered: true });
    report.undelivered += failures.length;
    payload.logger.error(`[enquiry e-mail] ${enquiry.reference}: given up after ${attempts} attempts over ${policy.giveUpHours} h (${lastError}); flagged "e-mail not delivered"`);
    return;
  }
  const next = nextAttemptAfterFailure({ policy, attempts, now: at });
  await releaseClaim({ payload, id, next, attempts, lastError, states });
  report.retrying += failures.length;
  payload.logger.warn(`[enquiry e-mail] ${enquiry.reference}: attempt ${attempts} failed (${lastError}); next try at ${next.toISOString()}`);
}

/**
 * The relay has accepted the message: record it, and keep trying while this worker still holds the claim (the
 * database may be restarting). Only if the claim runs out first can another worker send it again, with the same
 * Message-ID.
 */
async function recordSent({ payload, id, recipient, claimEnds }: { payload: Payload; id: EnquiryId; recipient: Recipient; claimEnds: number }) {
  for (;;) {
    try {
      return await markSent({ payload, id, recipient });
    } catch (error) {
      if (Date.now() > claimEnds - 2000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function messageFor({ recipient, enquiry, partner, serverUrl }: { recipient: Recipient; enquiry: Enquiry; partner: Partner; serverUrl: string }): EnquiryMessage {
  return recipient === 'team' ? teamMessage({ enquiry, partner, serverUrl }) : carerMessage({ enquiry, partner });
}
