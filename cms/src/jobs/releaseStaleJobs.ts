import type { Payload } from 'payload';
import { STALE_AFTER_MS, type QueueName } from './queues.ts';

/**
 * A job still marked `processing` long after its queue's timeout was taken by a worker that died; Payload itself would
 * never pick it up again. Releasing it lets the next run retry it (every task is safe to run twice). Returns how many.
 */
export async function releaseStaleJobs({
  payload,
  queue,
  now = new Date(),
  staleAfterMs = STALE_AFTER_MS[queue],
}: {
  payload: Payload;
  queue: QueueName;
  now?: Date;
  staleAfterMs?: number;
}): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      queue: { equals: queue },
      processing: { equals: true },
      updatedAt: { less_than: new Date(now.getTime() - staleAfterMs).toISOString() },
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  });
  for (const job of docs)
    payload.logger.warn(
      `[worker] released job ${job.id} (${job.taskSlug}): it was left processing by a worker that stopped`,
    );
  return docs.length;
}
