/**
 * `npm start`: the whole product on one machine. Builds the CMS if needed (turbo caches it), starts it on the
 * embedded SQLite database (migrated and seeded), builds every partner site from it, and serves the sites by Host
 * name: http://<slug>.localhost:4321/.
 */
import path from 'node:path';
import { buildCms } from './cmsBuild.ts';
import { startCms } from './cms.ts';
import { buildSites } from './siteBuilds.ts';
import { startSitesServer } from './sitesServer.ts';
import { listSites, sitesRoot } from './repo.ts';
import { stopProcess } from './processes.ts';
import { DEMO_PASSWORD, demoUsers } from '@bfp/cms/demo-users';

const cmsPort = Number(process.env.CMS_PORT || 3000);
const sitesPort = Number(process.env.SITES_PORT || 4321);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

await buildCms();
console.log(`[start] CMS build ready after ${elapsed()}`);
const cms = await startCms({ port: cmsPort, localSitesOrigin: `http://{slug}.localhost:${sitesPort}` });
console.log(`[start] CMS up after ${elapsed()}`);

const slugs = listSites();
const builds = await buildSites({ slugs, cmsUrl: cms.url });
for (const build of builds) console.log(`[start] built ${build.slug} in ${(build.ms / 1000).toFixed(1)} s`);
const server = await startSitesServer({ sites: new Map(slugs.map((slug) => [slug, path.join(sitesRoot, slug, 'dist')])), port: sitesPort });

console.log(`
Everything is up after ${elapsed()}.

  CMS admin:     ${cms.url}/admin
  Demo logins:   ${demoUsers.map((u) => `${u.email} (${u.role})`).join(', ')}
                 password: ${DEMO_PASSWORD}
  Partner sites: http://localhost:${sitesPort}/ lists them all
${slugs.map((slug) => `                 http://${slug}.localhost:${sitesPort}/`).join('\n')}

Press Ctrl+C to stop.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  await stopProcess(cms.process);
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
cms.process.on('exit', (code) => {
  if (!stopping) {
    console.error(`[start] the CMS stopped unexpectedly (exit ${code})`);
    server.close();
    process.exit(1);
  }
});
