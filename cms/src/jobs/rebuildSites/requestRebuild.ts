import { QUEUES } from '../queues.ts';
import type { Payload, PayloadRequest } from 'payload';
import type { PartnerId, Reach } from './affectedPartners.ts';

export const REBUILD_TASK = 'rebuildSites';

/** A burst of edits within this window causes one build per site (REBUILD_DEBOUNCE_MS overrides it). */
export const debounceMs = () => Number(process.env.REBUILD_DEBOUNCE_MS ?? 2000);

/**
 * Marks the partners' sites as needing a rebuild and queues one rebuild job, unless a job is already waiting to run
 * (it will pick these sites up too). The job is durable in the database: a restart loses no request.
 */
export async function requestRebuild({
  payload,
  req,
  partners,
  reason,
}: {
  payload: Payload;
  req?: PayloadRequest;
  partners: Exclude<Reach, null>;
  reason: string;
}) {
  // An inactive partner has no site to build: the publisher drops it from the static host instead.
  const ids: PartnerId[] = (
    await payload.find({
      collection: 'partners',
      where: { active: { equals: true }, ...(partners === 'all' ? {} : { id: { in: partners } }) },
      pagination: false,
      depth: 0,
      select: {},
      req,
    })
  ).docs.map((p) => p.id);
  if (!ids.length) return;
  const now = new Date().toISOString();
  for (const id of ids) {
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { partner: { equals: id } },
      limit: 1,
      depth: 0,
      req,
    });
    const data = { status: 'pending' as const, requestedAt: now, reason };
    if (docs[0])
      await payload.update({
        collection: 'site-builds',
        id: docs[0].id,
        data,
        depth: 0,
        req,
        context: { disableRebuild: true },
      });
    else await payload.create({ collection: 'site-builds', data: { partner: id as never, ...data }, depth: 0, req });
  }
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: REBUILD_TASK },
      processing: { equals: false },
      completedAt: { exists: false },
      hasError: { equals: false },
    },
    req,
  });
  if (waiting.totalDocs === 0) {
    await payload.jobs.queue({
      task: REBUILD_TASK as never,
      input: {} as never,
      queue: QUEUES.builds,
      waitUntil: new Date(Date.now() + debounceMs()),
      req,
    });
  }
  payload.logger.info(`rebuild requested for ${ids.length} site(s): ${reason}`);
}
