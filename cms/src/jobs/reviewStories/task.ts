import { QUEUES } from '../queues.ts';
import type { TaskConfig } from 'payload';

interface ReviewOutput {
  unpublished: string[];
}

/**
 * Safeguarding: a story past its review-by date is unpublished from every site (the stories' rebuild hooks take it
 * down) and the editors are e-mailed to review it. Runs every morning, and can be queued by hand from the admin.
 */
export const reviewStoriesTask = {
  slug: 'reviewStories',
  label: 'Unpublish stories past their review date',
  outputSchema: [{ name: 'unpublished', type: 'json' }],
  schedule: [{ cron: '0 0 6 * * *', queue: QUEUES.maintenance }],
  retries: 3,
  handler: async ({ req }) => {
    const { payload } = req;
    const now = new Date().toISOString();
    const { docs: overdue } = await payload.find({
      collection: 'stories',
      where: { _status: { equals: 'published' }, 'safeguarding.reviewBy': { less_than_equal: now } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    });
    for (const story of overdue) {
      // Saving with _status draft and no draft flag updates the main document: the story is unpublished everywhere.
      await payload.update({
        collection: 'stories',
        id: story.id,
        data: { _status: 'draft' },
        overrideAccess: true,
        req,
      });
      payload.logger.info(
        `[review] unpublished "${story.title}": its review date ${story.safeguarding?.reviewBy} has passed`,
      );
    }
    if (overdue.length) {
      const { docs: editors } = await payload.find({
        collection: 'users',
        where: { role: { in: ['editor', 'admin'] } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      });
      const list = overdue
        .map((s) => `- ${s.title} (review date ${String(s.safeguarding?.reviewBy).slice(0, 10)})`)
        .join('\n');
      await payload.sendEmail({
        to: editors.map((u) => u.email),
        subject: `${overdue.length} ${overdue.length === 1 ? 'story was' : 'stories were'} unpublished for review`,
        text: `These stories reached their review date and have been taken off every partner site:\n\n${list}\n\nReview each one in the CMS, set a new review date and publish it again if it is still appropriate.\n`,
      });
    }
    return { output: { unpublished: overdue.map((s) => s.slug) } satisfies ReviewOutput };
  },
} as TaskConfig<{ input: object; output: ReviewOutput }>;
