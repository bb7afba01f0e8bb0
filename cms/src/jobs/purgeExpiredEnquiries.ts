import type { TaskConfig } from 'payload';
import { QUEUES } from './queues.ts';
import { purgeExpiredEnquiries, type PurgeOutput } from '../collections/Enquiries/index.ts';

/**
 * The nightly retention run as a Payload task: when and on which queue it runs, and how often it is retried. What it
 * does (UK GDPR storage limitation) is the enquiry's own rule, in collections/Enquiries/retention.
 */
export const purgeExpiredEnquiriesTask = {
  slug: 'purgeExpiredEnquiries',
  label: 'Anonymise enquiries past their retention period',
  outputSchema: [
    { name: 'anonymised', type: 'number' },
    { name: 'byPartner', type: 'json' },
  ],
  schedule: [{ cron: '0 30 5 * * *', queue: QUEUES.maintenance }],
  retries: 3,
  handler: async ({ req }) => ({ output: await purgeExpiredEnquiries(req) }),
} as TaskConfig<{ input: object; output: PurgeOutput }>;
