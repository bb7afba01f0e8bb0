import type { Payload } from 'payload';
import { errorSummary } from '../../../errorSummary.ts';
import type { Enquiry, Partner } from '../../../payload-types.ts';
import { isPastGivingUp, nextAttemptAfterFailure, type DeliveryPolicy, type EmailState } from './deliveryPolicy.ts';
import { carerMessage, messageIdFor, teamMessage, type EnquiryMessage } from './messages.ts';
import { claimDueEnquiries, holdClaim, markSent, releaseClaim, type EnquiryId, type Recipient } from './outbox.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '@bfp/eligibility';
import { partnerInLanguage } from '../../../localization/partnerInLanguage.ts';

export interface SweepReport {
  /** Enquiries this worker claimed in this sweep. */
  claimed: number;
  sent: number;
  /** Attempts that failed and will be tried again. */
  retrying: number;
  /** E-mails given up for good (the enquiry is flagged). */
  undelivered: number;
  /** Enquiries another worker took over (or that were erased or anonymised) while this one held them. */
  lost: number;
}

const RECIPIENTS: Recipient[] = ['team', 'carer'];

/**
 * One sweep of the outbox: claims as many enquiries whose e-mails are due as this worker sends at once
 * (`policy.concurrency`), and sends them. A claim never waits in a queue behind other messages: each one is held again
 * just before each of its messages goes to the relay, and kept alive while the relay takes its time, so a slow relay
 * cannot make it expire under a worker still sending. The jobs worker calls it in a loop of its own, so a long site
 * build never holds back a carer's e-mail; tests call it directly.
 */
export async function sendDueEnquiryEmails({
  payload,
  policy,
  limit = policy.concurrency,
  now = () => new Date(),
}: {
  payload: Payload;
  policy: DeliveryPolicy;
  limit?: number;
  now?: () => Date;
}): Promise<SweepReport> {
  const { token, ids } = await claimDueEnquiries({ payload, now: now(), limit, claimSeconds: policy.claimSeconds });
  const report: SweepReport = { claimed: ids.length, sent: 0, retrying: 0, undelivered: 0, lost: 0 };
  if (!ids.length) return report;
  // The claimed enquiries and their partners in two reads for the whole sweep, not one populated read each: on the
  // day of an appeal that read was most of what the worker spent per enquiry, beside the web instances on two cores.
  const { docs: enquiries } = await payload.find({
    collection: 'enquiries',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const partnerIds = [...new Set(enquiries.map((enquiry) => enquiry.partner).filter((id) => typeof id !== 'object'))];
  const { docs: partners } = await payload.find({
    collection: 'partners',
    where: { id: { in: partnerIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const byId = new Map(enquiries.map((enquiry) => [String(enquiry.id), enquiry]));
  const partnerById = new Map(partners.map((partner) => [String(partner.id), partner]));
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const enquiry = byId.get(String(id));
      const partner = enquiry ? (partnerById.get(String(enquiry.partner)) ?? null) : null;
      const claim = heldClaim({ payload, policy, id, token, now });
      await deliver({ payload, policy, claim, enquiry, partner, report, now });
      if (claim.lost) {
        report.lost += 1;
        payload.logger.warn(
          `[enquiry e-mail] ${enquiry?.reference ?? id}: no longer held by this worker (taken over, erased or anonymised); sending nothing more for it`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(policy.concurrency, ids.length) }, worker));
  return report;
}

type HeldClaim = ReturnType<typeof heldClaim>;

/**
 * This worker's claim on one enquiry. Every write through it is fenced by the claim's token; the first one that finds
 * the claim gone marks it lost, and nothing is sent or written for the enquiry after that.
 */
function heldClaim({
  payload,
  policy,
  id,
  token,
  now,
}: {
  payload: Payload;
  policy: DeliveryPolicy;
  id: EnquiryId;
  token: string;
  now: () => Date;
}) {
  const claimMs = policy.claimSeconds * 1000;
  let ends = now().getTime() + claimMs;
  const state = { lost: false };

  /**
   * A write about a message the relay may have accepted: keep trying while this worker still holds the claim (the
   * database may be restarting). Only if the claim runs out first can another worker send it again, with the same
   * Message-ID.
   */
  const whileClaimHolds = async (write: () => Promise<boolean>): Promise<boolean> => {
    if (state.lost) return false;
    for (;;) {
      try {
        const written = await write();
        if (!written) state.lost = true;
        return written;
      } catch (error) {
        if (Date.now() > ends - 2000) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };

  /** Holds the claim for another `claimSeconds` (just before a send, and while one lasts). */
  const hold = async (): Promise<boolean> => {
    const at = now();
    const held = await whileClaimHolds(() =>
      holdClaim({ payload, id, token, now: at, claimSeconds: policy.claimSeconds }),
    );
    if (held) ends = Math.max(ends, at.getTime() + claimMs);
    return held;
  };

  return {
    get lost() {
      return state.lost;
    },
    hold,
    /** Runs `send` while a heartbeat holds the claim, every third of its length, until the relay has answered. */
    sending: async <T>(send: () => Promise<T>): Promise<T> => {
      const beat = setInterval(() => void hold().catch(() => undefined), claimMs / 3);
      try {
        return await send();
      } finally {
        clearInterval(beat);
      }
    },
    markSent: (recipient: Recipient) => whileClaimHolds(() => markSent({ payload, id, token, recipient })),
    release: (args: Omit<Parameters<typeof releaseClaim>[0], 'payload' | 'id' | 'token'>) =>
      whileClaimHolds(() => releaseClaim({ payload, id, token, ...args })),
  };
}

async function deliver({
  payload,
  policy,
  claim,
  enquiry,
  partner,
  report,
  now,
}: {
  payload: Payload;
  policy: DeliveryPolicy;
  claim: HeldClaim;
  enquiry: Enquiry | undefined;
  partner: Partner | null;
  report: SweepReport;
  now: () => Date;
}) {
  // Erased at the carer's request since it was claimed: there is nobody left to write to or about.
  if (!enquiry) return;
  const before: Record<Recipient, EmailState> = {
    team: enquiry.emails?.team ?? 'pending',
    carer: enquiry.emails?.carer ?? 'pending',
  };
  // Only the states this worker changes are written back.
  const states: Partial<Record<Recipient, EmailState>> = {};
  const attempts = (enquiry.emails?.attempts ?? 0) + 1;
  const pending = RECIPIENTS.filter((recipient) => before[recipient] === 'pending');
  if (enquiry.anonymisedAt || !partner) {
    for (const recipient of pending) states[recipient] = 'cancelled';
    await claim.release({ next: null, attempts: attempts - 1, lastError: null, states });
    return;
  }

  const failures: string[] = [];
  for (const [index, recipient] of pending.entries()) {
    if (!(await claim.hold())) return;
    // The carer is written to in the language of the page they enquired on, the team's own texts in it too.
    const language = isLanguage(enquiry.language) ? enquiry.language : DEFAULT_LANGUAGE;
    const inTheirLanguage = recipient === 'carer' ? await partnerInLanguage(payload, partner, language) : partner;
    const message = messageFor({ recipient, enquiry, partner: inTheirLanguage, serverUrl: payload.config.serverURL });
    try {
      await claim.sending(() =>
        payload.sendEmail({
          ...message,
          messageId: messageIdFor({ enquiry, recipient, serverUrl: payload.config.serverURL }),
        }),
      );
      states[recipient] = 'sent';
      report.sent += 1;
    } catch (error) {
      failures.push(`${recipient} e-mail: ${errorSummary(error)}`);
      continue;
    }
    // The last one sent is recorded by the release below, in the same write.
    if (index < pending.length - 1 && !(await claim.markSent(recipient))) return;
  }
  if (!failures.length) {
    await claim.release({ next: null, attempts: attempts - 1, lastError: null, states });
    return;
  }

  const lastError = failures.join('; ');
  const at = now();
  if (isPastGivingUp({ policy, receivedAt: new Date(enquiry.createdAt), now: at })) {
    for (const recipient of pending) if (states[recipient] !== 'sent') states[recipient] = 'failed';
    if (!(await claim.release({ next: null, attempts, lastError, states, notDelivered: true }))) return;
    report.undelivered += failures.length;
    payload.logger.error(
      `[enquiry e-mail] ${enquiry.reference}: given up after ${attempts} attempts over ${policy.giveUpHours} h (${lastError}); flagged "e-mail not delivered"`,
    );
    return;
  }
  const next = nextAttemptAfterFailure({ policy, attempts, now: at });
  if (!(await claim.release({ next, attempts, lastError, states }))) return;
  report.retrying += failures.length;
  payload.logger.warn(
    `[enquiry e-mail] ${enquiry.reference}: attempt ${attempts} failed (${lastError}); next try at ${next.toISOString()}`,
  );
}

function messageFor({
  recipient,
  enquiry,
  partner,
  serverUrl,
}: {
  recipient: Recipient;
  enquiry: Enquiry;
  partner: Partner;
  serverUrl: string;
}): EnquiryMessage {
  return recipient === 'team' ? teamMessage({ enquiry, partner, serverUrl }) : carerMessage({ enquiry, partner });
}
