/**
 * `npm run bench`: publish-to-live latency, measured on this machine against the real product (built CMS, SQLite,
 * the rebuild job, the local site builder, the sites server).
 *
 * For the seeded partners and for 20 partners: the time from publishing a story shown on all partners (the REST call,
 * as an editor would through the admin) to every site serving it; then the time from editing one partner's record to
 * that site serving the change. Prints a table and the per-site build times the CMS recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { startStack } from '../stack.ts';
import { scaffoldSite } from '../scaffoldSite.ts';
import { buildCms } from '../cmsBuild.ts';
import { listSites, repoRoot } from '../repo.ts';
import { timeUntilServed } from './siteProbe.ts';
import { syntheticPartner } from './syntheticPartners.ts';
import { launchPartnerSite } from '../newSite.ts';

const PORTS = { cmsPort: 3300, sitesPort: 4600, builderPort: 4601 };
const TIMEOUT_MS = 10 * 60_000;

async function login(cmsUrl: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { token } = (await response.json()) as { token: string };
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' };
}

async function api<T>(cmsUrl: string, pathname: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${cmsUrl}${pathname}`, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until no site is waiting for or in a rebuild (sites built at start have no site-builds record yet). */
async function noRebuildsOutstanding(cmsUrl: string, headers: Record<string, string>) {
  for (const started = Date.now(); Date.now() - started < TIMEOUT_MS; await new Promise((r) => setTimeout(r, 500))) {
    const { docs } = await api<{ docs: Array<{ status: string; lastError?: string }> }>(cmsUrl, '/api/site-builds?limit=500&depth=0', { headers });
    const failed = docs.find((d) => d.status === 'failed');
    if (failed) throw new Error(`a site build failed: ${failed.lastError}`);
    if (docs.every((d) => d.status === 'live')) return;
  }
  throw new Error('sites did not all go live');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  await buildCms();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-'));
  // Generated site folders must sit inside the repo so they resolve the workspace packages.
  const sitesRoot = fs.mkdtempSync(path.join(repoRoot, 'packages', 'local-stack', '.bench-sites-'));
  // The same sites as the repo has (the seeded partners), plus the generated ones below.
  for (const slug of listSites()) await scaffoldSite({ sitesRoot, slug });
  const quiet: string[] = [];
  const stack = await startStack({
    ...PORTS,
    sitesDir: path.join(dir, 'sites'),
    sitesRoot,
    cmsEnv: { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, MEDIA_DIR: path.join(dir, 'media'), MAIL_DIR: path.join(dir, 'mail') },
    log: (line) => quiet.push(line),
  });
  const rows: string[][] = [];
  let launchMs = 0;
  // Ctrl+C must not leave the benchmark's CMS running in the background.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stack.stop().then(() => process.exit(130)));
  try {
    const cmsUrl = stack.cms.url;
    const editor = await login(cmsUrl, 'editor@bfp.example');
    const admin = await login(cmsUrl, 'admin@bfp.example');
    const partners = await api<{ docs: Array<{ id: number; slug: string; logo: number }> }>(cmsUrl, '/api/partners?depth=0', { headers: admin });
    const logo = partners.docs[0]!.logo;
    let slugs = partners.docs.map((p) => p.slug);

    for (const size of [slugs.length, 20]) {
      while (slugs.length < size) {
        const partner = syntheticPartner(slugs.length);
        await scaffoldSite({ sitesRoot, slug: partner.slug });
        await api(cmsUrl, '/api/partners', { method: 'POST', headers: admin, body: JSON.stringify({ ...partner, logo }) });
        slugs = [...slugs, partner.slug];
      }
      await noRebuildsOutstanding(cmsUrl, admin);

      const title = `Bench story ${size}-${Date.now()}`;
      const publishedAt = Date.now();
      await api(cmsUrl, '/api/stories', {
        method: 'POST',
        headers: editor,
        body: JSON.stringify({
          title,
          slug: `bench-${size}-${Date.now()}`,
          summary: 'A benchmark story.',
          body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'Benchmark.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } },
          shownOn: 'all',
          safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
          _status: 'published',
        }),
      });
      const all = await timeUntilServed({ port: PORTS.sitesPort, slugs, text: title, since: publishedAt, timeoutMs: TIMEOUT_MS });
      await noRebuildsOutstanding(cmsUrl, admin);

      const marker = `Local offer ${Date.now()}`;
      const dudley = partners.docs.find((p) => p.slug === 'dudley')!;
      const editedAt = Date.now();
      await api(cmsUrl, `/api/partners/${dudley.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ localOffer: marker }) });
      const one = await timeUntilServed({ port: PORTS.sitesPort, slugs: ['dudley'], text: marker, since: editedAt, timeoutMs: TIMEOUT_MS });
      await noRebuildsOutstanding(cmsUrl, admin);

      const builds = await api<{ docs: Array<{ buildMs: number }> }>(cmsUrl, '/api/site-builds?limit=500&depth=0', { headers: admin });
      const buildMs = builds.docs.map((b) => b.buildMs).filter(Boolean);
      const allTimes = [...all.values()];
      rows.push([
        String(size),
        seconds(Math.min(...allTimes)),
        seconds(Math.max(...allTimes)),
        seconds(one.get('dudley')!),
        seconds(buildMs.reduce((a, b) => a + b, 0) / buildMs.length),
      ]);
    }

    // A council joining: from its existing CMS record to its site served (the new-site command: check, scaffold, build).
    const partner = syntheticPartner(slugs.length);
    await api(cmsUrl, '/api/partners', { method: 'POST', headers: admin, body: JSON.stringify({ ...partner, logo }) });
    await noRebuildsOutstanding(cmsUrl, admin).catch(() => undefined); // its own rebuild fails until the folder exists
    const launchStarted = Date.now();
    await launchPartnerSite({ slug: partner.slug, cmsUrl, builderUrl: `http://127.0.0.1:${PORTS.builderPort}`, sitesPort: PORTS.sitesPort, root: sitesRoot, registerWorkspace: false, log: () => {} });
    const launched = await timeUntilServed({ port: PORTS.sitesPort, slugs: [partner.slug], text: partner.name, since: launchStarted, timeoutMs: TIMEOUT_MS });
    launchMs = launched.get(partner.slug)!;
  } finally {
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(sitesRoot, { recursive: true, force: true });
  }

  const header = ['partners', 'story on all: first site live', 'story on all: last site live', 'one-partner edit live', 'mean per-site build'];
  console.log(`\nPublish-to-live on this machine (${os.cpus().length} cores, Node ${process.version}; rebuild debounce ${process.env.REBUILD_DEBOUNCE_MS ?? 2000} ms; builds 2 at a time)\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\nNew council: existing partner record → site served (scaffold + first build, without npm install): ${seconds(launchMs)}`);
}

await main();
