import type { JobsConfig } from 'payload';
import { hasRole, isAdmin } from '../access/roles.ts';
import { rebuildSitesTask } from './rebuildSites/task.ts';
import { buildPreviewTask } from './rebuildSites/previewTask.ts';
import { reviewStoriesTask } from './reviewStories/task.ts';
import { purgeExpiredEnquiriesTask } from './purgeExpiredEnquiries.ts';
import { jsonFieldsAsText } from '../admin/JsonView/fields.ts';

/**
 * Payload's jobs queue: durable (a row per job in the database), retried with backoff, and listed in the admin under
 * "Jobs". Web instances only queue jobs; the jobs worker (scripts/worker.ts) runs each queue in a loop of its own, so a
 * site build never waits behind maintenance and never delays an e-mail (e-mails have their own outbox sweep). Tests
 * run jobs explicitly with payload.jobs.run().
 */
export function jobs(): JobsConfig {
  return {
    tasks: [rebuildSitesTask, buildPreviewTask, reviewStoriesTask, purgeExpiredEnquiriesTask],
    // Nothing runs inside a web instance: no autoRun here, on purpose.
    access: {
      // Checked only by Local API calls that pass overrideAccess: false (none do); jobs are queued by the CMS's own
      // code (publish hooks, the Preview endpoint, scheduled publishing), never by a REST create (see read below).
      queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
      // Also guards GET /api/payload-jobs/run and /handle-schedules: no HTTP request may make a web instance run
      // builds. The worker and `payload jobs:run` use the Local API, which overrides access.
      run: () => false,
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      // Jobs are written by the queue only; their input, log and errors are for reading.
      fields: jsonFieldsAsText(defaultJobsCollection.fields),
      admin: {
        ...defaultJobsCollection.admin,
        hidden: false,
        group: 'System',
        defaultColumns: ['taskSlug', 'queue', 'processing', 'hasError', 'completedAt', 'totalTried'],
      },
      // Create, update and delete stay Payload's `() => false`. Admins only may read: a preview job's input (and its
      // log) holds the editor's session token.
      access: { ...defaultJobsCollection.access, read: isAdmin },
    }),
  };
}
