/**
 * The jobs worker: the only process that runs jobs and sends e-mail (`npm run worker`). Web instances only queue.
 * Any number may run at once (claims are atomic); SIGTERM lets the work in hand finish and takes no more.
 */
import os from 'node:os';
import { getPayload } from 'payload';
import { readCmsEnvOrExit } from '../env.ts';
import { startWorker } from '../jobs/worker.ts';
import { requestRebuild } from '../jobs/rebuildSites/requestRebuild.ts';

const env = readCmsEnvOrExit();
// Lowering one's own priority needs no privilege; the web instances keep theirs.
os.setPriority(env.workerNiceness);
const { default: config } = await import('../payload.config.ts');
const payload = await getPayload({ config });
if (env.rebuildAllOnStart) {
  // `npm start` shows what this database holds, whatever an earlier run left on the static host; unchanged files
  // are not redeployed.
  await requestRebuild({ payload, partners: 'all', reason: 'the jobs worker started (REBUILD_ALL_ON_START)' });
}
const worker = startWorker({ payload, env });
console.log(
  `[worker] jobs worker running (pid ${process.pid}, niceness ${os.getPriority()}): e-mail outbox, site builds, maintenance`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing the work in hand`);
  await worker.stop();
  await payload.destroy();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
