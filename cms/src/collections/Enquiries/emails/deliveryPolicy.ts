/**
 * When the e-mails about an enquiry are tried again, and when they are given up. A relay outage of a day must only
 * delay them, so the backoff is capped (a few minutes between tries, not hours) and the give-up point is a day and a
 * bit: after that the enquiry is flagged "e-mail not delivered" for a person to phone the carer.
 */
export const EMAIL_STATES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

export const EMAIL_STATE_OPTIONS = [
  { label: 'Waiting to be sent', value: 'pending' },
  { label: 'Sent', value: 'sent' },
  { label: 'Not delivered', value: 'failed' },
  { label: 'Not needed (enquiry anonymised)', value: 'cancelled' },
] satisfies Array<{ label: string; value: EmailState }>;

export interface DeliveryPolicy {
  /** Wait after the first failure; doubled after each later one. */
  retryBaseSeconds: number;
  /** The longest wait between two tries. */
  retryMaxSeconds: number;
  /** Counted from when the enquiry arrived; past it a failure is final. */
  giveUpHours: number;
  /**
   * How long a claim on an enquiry lasts unless its worker holds it again (it does before each message and every third
   * of this while the relay takes its time): how soon another worker takes over from one that died.
   */
  claimSeconds: number;
  /**
   * Messages one worker sends at once, each on its own pooled SMTP connection: what keeps the e-mails level with a
   * burst of enquiries. A relay limits connections per client, so it is a setting, not a constant.
   */
  concurrency: number;
}

export function nextAttemptAfterFailure({
  policy,
  attempts,
  now,
}: {
  policy: DeliveryPolicy;
  attempts: number;
  now: Date;
}): Date {
  const seconds = Math.min(policy.retryMaxSeconds, policy.retryBaseSeconds * 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + seconds * 1000);
}

export function isPastGivingUp({
  policy,
  receivedAt,
  now,
}: {
  policy: DeliveryPolicy;
  receivedAt: Date;
  now: Date;
}): boolean {
  return now.getTime() - receivedAt.getTime() >= policy.giveUpHours * 3_600_000;
}
