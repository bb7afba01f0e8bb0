import type { JobsConfig } from 'payload';
import { hasRole } from '../access/roles.ts';
import type { CmsEnv } from '../env.ts';
import { rebuildSitesTask } from './rebuildSites/task.ts';
import { reviewStoriesTask } from './reviewStories/task.ts';
import { notifyPartnerTask } from './notifyPartner/task.ts';
import { acknowledgeEnquiryTask } from './acknowledgeEnquiry/task.ts';
import { purgeExpiredEnquiriesTask } from './purgeExpiredEnquiries/task.ts';

/**
 * Payload's jobs queue: durable (a row per job in the database), retried with backoff, and listed in the admin under
 * "Jobs". The server runs due jobs every second; tests run them explicitly with payload.jobs.run().
 */
export function jobs(env: CmsEnv): JobsConfig {
  return {
    tasks: [rebuildSitesTask, reviewStoriesTask, notifyPartnerTask, acknowledgeEnquiryTask, purgeExpiredEnquiriesTask],
    autoRun: env.runtime === 'test' || process.env.JOBS_AUTORUN === 'false' ? [] : [{ cron: '* * * * * *', queue: 'default', limit: 10 }],
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System', defaultColumns: ['taskSlug', 'processing', 'hasError', 'completedAt', 'totalTried'] },
      access: { ...defaultJobsCollection.access, read: ({ req }) => hasRole(req.user, 'admin', 'editor') },
    }),
  };
}
