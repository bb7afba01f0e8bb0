/**
 * One queue per kind of work, each run by its own loop in the jobs worker: a site build of a minute or more must not
 * hold back anything else. A job found `processing` for longer than its queue's timeout was held by a worker that
 * died (kill -9, a lost machine) and is released to run again; every task here is safe to run twice.
 */
export const QUEUES = {
  /** Site rebuilds (rebuildSites). */
  builds: 'builds',
  /** Daily housekeeping: story reviews, the retention purge. */
  maintenance: 'maintenance',
  /** Payload's own: the admin queues scheduled publishing here. */
  default: 'default',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const STALE_AFTER_MS: Record<QueueName, number> = {
  // A fleet build of 150 sites takes ~10 s and a cold one-by-one fallback a few minutes.
  builds: 15 * 60_000,
  maintenance: 15 * 60_000,
  default: 5 * 60_000,
};
