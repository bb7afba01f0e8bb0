/**
 * `npm run cluster`: the production tier on this machine — PostgreSQL (data kept in the gitignored .cluster/ folder),
 * two CMS web instances that never run jobs, one jobs worker, and nginx in front balancing the instances. Ctrl+C stops
 * everything it started. SMTP comes from the usual SMTP_* variables; without them mail is written to .cluster/mail/.
 */
import path from 'node:path';
import { SYSTEM_TOOLS, ensureSystemPackages } from '@bfp/system-packages';
import { repoRoot } from '@bfp/local-stack/repo';
import { DEMO_PASSWORD, demoUsers } from '@bfp/cms/demo-users';
import { startCluster } from './cluster.ts';

const port = (name: string, fallback: number) => Number(process.env[name] || fallback);
const instancePorts = [port('CLUSTER_WEB_PORT_1', 3001), port('CLUSTER_WEB_PORT_2', 3002)];
const nginxPort = port('CLUSTER_PORT', 8080);
const sitesPort = port('CLUSTER_SITES_PORT', 8081);
const started = Date.now();

// The cluster needs nginx and PostgreSQL from Debian (not the browser the tests use).
const ensured = ensureSystemPackages({ tools: SYSTEM_TOOLS.filter((tool) => tool.debianPackage !== 'chromium') });
if (!ensured.ok) {
  console.error(ensured.message);
  process.exit(1);
}
const cluster = await startCluster({
  dir: path.join(repoRoot, '.cluster'),
  postgresPort: port('CLUSTER_POSTGRES_PORT', 54320),
  instancePorts,
  nginxPort,
  sitesPort,
  durable: true,
});

console.log(`
The production tier is up after ${((Date.now() - started) / 1000).toFixed(1)} s.

  CMS (through nginx): ${cluster.url}/admin
  Readiness:           ${cluster.url}/api/ready
  Partner sites:       http://localhost:${sitesPort}/ lists them; each at ${cluster.sitesOrigin} (nginx, static)
  Web instances:       ${instancePorts.map((p) => `http://127.0.0.1:${p}`).join(', ')} (no jobs run here)
  Jobs worker:         pid ${cluster.workers[0]!.pid()} (e-mail outbox, site builds and deploys, maintenance)
  PostgreSQL:          ${cluster.databaseUrl} (data in .cluster/postgres)
  Media (shared):      .cluster/media      Mail: ${process.env.SMTP_HOST ? `SMTP ${process.env.SMTP_HOST}` : '.cluster/mail/ (set SMTP_HOST to send)'}
  Demo logins:         ${demoUsers.map((u) => u.email).join(', ')} (password ${DEMO_PASSWORD})

A process that dies is started again. Press Ctrl+C to stop everything.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('[cluster] stopping…');
  await cluster.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
