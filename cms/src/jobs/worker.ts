import type { Payload, Where } from 'payload';
import type { CmsEnv } from '../env.ts';
import { errorSummary } from '../errorSummary.ts';
import { deleteExpiredWindows } from '../collections/RateLimitWindows/countAttempt.ts';
import { sendDueEnquiryEmails } from '../collections/Enquiries/index.ts';
import { releaseStaleJobs } from './releaseStaleJobs.ts';
import { QUEUES, type QueueName } from './queues.ts';
import { PREVIEW_TASK } from './rebuildSites/previewTask.ts';

export interface RunningWorker {
  /** Stops taking work, lets what is in hand finish, then resolves. */
  stop: () => Promise<void>;
}

/**
 * The jobs worker's loops, one per kind of work so none waits for another: the e-mail outbox (every second, or at
 * once again while a burst lasts), site builds, scheduled publishing, and maintenance (schedules, stale jobs, expired
 * rate-limit windows).
 * A loop that hits an error (the database restarting, say) logs one line and tries again a little later.
 */
export function startWorker({
  payload,
  env,
  log = (line) => payload.logger.info(line),
}: {
  payload: Payload;
  env: CmsEnv;
  log?: (line: string) => void;
}): RunningWorker {
  let stopping = false;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = async (name: string, once: () => Promise<number>) => {
    while (!stopping) {
      let idleMs = 1000;
      try {
        // A full batch means more is waiting: go again at once.
        if ((await once()) > 0) idleMs = 0;
      } catch (error) {
        log(`[worker] ${name}: ${errorSummary(error)}; trying again in 5 s`);
        idleMs = 5000;
      }
      if (idleMs && !stopping) await pause(idleMs);
    }
  };

  const runQueue = (queue: QueueName) => runNextJob(payload, queue);

  // Enquiries claimed per sweep: as many as are sent at once, so no claim waits behind other messages to expire
  // (a slow relay then lets a second worker take it over while this one is still sending).
  const emailBatch = env.emailDelivery.concurrency;
  let lastHousekeeping = 0;
  const loops = [
    loop('e-mail', async () => {
      const report = await sendDueEnquiryEmails({ payload, policy: env.emailDelivery, limit: emailBatch });
      if (report.sent) log(`[worker] sent ${report.sent} enquiry e-mail(s)`);
      return report.claimed >= emailBatch ? 1 : 0;
    }),
    loop('builds', () => runNextBuild(payload)),
    loop('scheduled publishing', () => runQueue(QUEUES.default)),
    loop('maintenance', async () => {
      if (Date.now() - lastHousekeeping > 30_000) {
        lastHousekeeping = Date.now();
        for (const queue of Object.values(QUEUES)) await releaseStaleJobs({ payload, queue });
        await payload.jobs.handleSchedules({ queue: QUEUES.maintenance });
        await deleteExpiredWindows({ payload, now: new Date() });
      }
      return runQueue(QUEUES.maintenance);
    }),
  ];

  return {
    stop: async () => {
      stopping = true;
      wake();
      await Promise.all(loops);
    },
  };
}

/** Runs one due job of the queue (those matching `where`, if given); 1 if it ran one, 0 if none was due. */
async function runNextJob(payload: Payload, queue: QueueName, where?: Where): Promise<number> {
  const result = await payload.jobs.run({
    queue,
    limit: 1,
    overrideAccess: true,
    silent: { error: true },
    ...(where ? { where } : {}),
  });
  return result.noJobsRemaining ? 0 : 1;
}

/** The builds loop's step: an editor is watching a preview's page, so previews go before live builds queued earlier. */
export async function runNextBuild(payload: Payload): Promise<number> {
  return (
    (await runNextJob(payload, QUEUES.builds, { taskSlug: { equals: PREVIEW_TASK } })) ||
    runNextJob(payload, QUEUES.builds)
  );
}
