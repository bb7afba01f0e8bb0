/**
 * `npm start`: the whole product on one machine. Builds the CMS if needed (turbo caches it), starts it on the
 * embedded SQLite database (migrated and seeded), builds every partner site from it, and serves the sites by Host
 * name (http://<slug>.localhost:4321/). Publishing in the CMS rebuilds the affected sites in the jobs worker.
 */
import { buildCms } from './cmsBuild.ts';
import { startStack, defaultSitesDir } from './stack.ts';
import { listSites } from './repo.ts';
import { warnAboutSiteFolders } from './siteFolderCheck.ts';
import { DEMO_PASSWORD, demoUsers } from '@bfp/cms/demo-users';

const cmsPort = Number(process.env.CMS_PORT || 3000);
const sitesPort = Number(process.env.SITES_PORT || 4321);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

await buildCms();
console.log(`[start] CMS build ready after ${elapsed()}`);
const stack = await startStack({ cmsPort, sitesPort, sitesDir: defaultSitesDir });
for (const build of stack.initialBuilds)
  console.log(`[start] built ${build.slug} in ${(build.ms / 1000).toFixed(1)} s`);

console.log(`
Everything is up after ${elapsed()}.

  CMS admin:     ${stack.cms.url}/admin
  Demo logins:   ${demoUsers.map((u) => `${u.email} (${u.role})`).join(', ')}
                 password: ${DEMO_PASSWORD}
  Partner sites: http://localhost:${sitesPort}/ lists them all
${listSites()
  .map((slug) => `                 http://${slug}.localhost:${sitesPort}/`)
  .join('\n')}

Publishing in the CMS rebuilds the affected sites within seconds. Press Ctrl+C to stop.`);
// After the summary, so a folder or partner out of step is the last thing on the screen, not lost in build logs.
await warnAboutSiteFolders({ cmsUrl: stack.cms.url });

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
for (const [name, child] of [
  ['CMS', stack.cms.process],
  ['jobs worker', stack.cms.worker],
] as const) {
  child?.on('exit', async (code) => {
    if (stopping) return;
    console.error(`[start] the ${name} stopped unexpectedly (exit ${code}); stopping everything`);
    // Never leave the other half running and holding its port.
    await shutdown(1);
  });
}
