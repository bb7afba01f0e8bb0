/**
 * `npm run bench` (second part): publish-to-live on this machine against the real product (built CMS, SQLite, the
 * rebuild job, the site builder, the sites server), for a growing partnership.
 *
 * Fleet driver (one Astro build for every affected site) at N = 3 (the seeded partners), 20 and 150: a cold fleet
 * build of all N sites (time, peak memory); publishing a story shown on all partners → every site serving it; editing
 * one partner's record → that site serving it. Then the per-site driver (one Astro build per site, two at a time) at
 * N = 20, for the ratio. Generated partners go only into the benchmark's throw-away database (addSyntheticPartners,
 * the same code as `npm run synthetic-partners`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, type RunningStack } from '../stack.ts';
import { scaffoldSite } from '../scaffoldSite.ts';
import { buildCms } from '../cmsBuild.ts';
import { listSites, repoRoot } from '../repo.ts';
import { liveSites } from '../liveSites.ts';
import { buildFleet } from '../fleetBuilder.ts';
import { runNpm } from '../processes.ts';
import { loginToken } from '../cmsLogin.ts';
import { timeUntilServed } from './siteProbe.ts';
import { launchPartnerSite } from '../newSite.ts';

const PORTS = { cmsPort: 3300, sitesPort: 4600, builderPort: 4601 };
const TIMEOUT_MS = 10 * 60_000;
const SIZES = (process.env.BENCH_SIZES ?? '3,20,150').split(',').map(Number);

async function login(cmsUrl: string, email: string): Promise<Record<string, string>> {
  return { Authorization: `JWT ${await loginToken(cmsUrl, email)}`, 'Content-Type': 'application/json' };
}

async function api<T>(cmsUrl: string, pathname: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${cmsUrl}${pathname}`, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until no site is waiting for or in a rebuild. */
async function noRebuildsOutstanding(cmsUrl: string, headers: Record<string, string>) {
  for (const started = Date.now(); Date.now() - started < TIMEOUT_MS; await new Promise((r) => setTimeout(r, 500))) {
    const { docs } = await api<{ docs: Array<{ status: string; lastError?: string }> }>(cmsUrl, '/api/site-builds?limit=1000&depth=0', { headers });
    const failed = docs.find((d) => d.status === 'failed');
    if (failed) throw new Error(`a site build failed: ${failed.lastError}`);
    if (docs.every((d) => d.status === 'live')) return;
  }
  throw new Error('sites did not all go live');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The same generator as `npm run synthetic-partners`, run against the benchmark's own database file. */
async function addPartners({ databaseUrl, mediaDir }: { databaseUrl: string; mediaDir: string }, count: number) {
  if (count < 1) return;
  await runNpm(['run', 'synthetic-partners', '--workspace=@bfp/cms', '--', String(count)], {
    cwd: repoRoot,
    label: 'synthetic',
    log: () => {},
    env: { DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir },
  });
}

function storyBody(title: string, slug: string) {
  return JSON.stringify({
    title,
    slug,
    summary: 'A benchmark story.',
    body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'Benchmark.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } },
    shownOn: 'all',
    safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
    _status: 'published',
  });
}

interface Row {
  driver: string;
  partners: number;
  cold?: string;
  peak?: string;
  firstLive: string;
  lastLive: string;
  onePartner: string;
}

async function scenario({ driver, sizes, measureLaunch }: { driver: 'fleet' | 'per-site'; sizes: number[]; measureLaunch: boolean }): Promise<{ rows: Row[]; launchMs: number | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-'));
  // Site folders must sit inside the repo so they resolve the workspace packages. The fleet needs none but the ones
  // a single-site rebuild (a one-partner edit) uses; the per-site driver needs one per partner.
  const sitesRoot = fs.mkdtempSync(path.join(repoRoot, 'packages', 'local-stack', '.bench-sites-'));
  for (const slug of listSites()) await scaffoldSite({ sitesRoot, slug });
  const databaseUrl = `file:${path.join(dir, 'cms.db')}`;
  const store = { databaseUrl, mediaDir: path.join(dir, 'media') };
  const quiet: string[] = [];
  const stack: RunningStack = await startStack({
    ...PORTS,
    sitesDir: path.join(dir, 'sites'),
    sitesRoot,
    fleetThreshold: driver === 'fleet' ? 2 : Infinity,
    cmsEnv: { DATABASE_URL: databaseUrl, MEDIA_DIR: store.mediaDir, MAIL_DIR: path.join(dir, 'mail') },
    log: (line) => quiet.push(line),
  });
  const stop = () => void stack.stop().then(() => process.exit(130));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  const rows: Row[] = [];
  let launchMs: number | null = null;
  try {
    const cmsUrl = stack.cms.url;
    const builderUrl = `http://127.0.0.1:${PORTS.builderPort}`;
    const editor = await login(cmsUrl, 'editor@bfp.example');
    const admin = await login(cmsUrl, 'admin@bfp.example');
    const seeded = listSites();
    for (const size of sizes) {
      await addPartners(store, Math.max(0, size - seeded.length));
      const { docs } = await api<{ docs: Array<{ id: number; slug: string }> }>(cmsUrl, '/api/partners?depth=0&limit=1000', { headers: admin });
      const slugs = docs.map((p) => p.slug);
      if (driver === 'per-site') for (const slug of slugs) if (!seeded.includes(slug)) await scaffoldSite({ sitesRoot, slug });
      // Put every site live first (not timed), as they would be before an editor publishes.
      await api(builderUrl, '/builds', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sites: slugs }) });

      const row: Partial<Row> = { driver, partners: slugs.length };
      if (driver === 'fleet') {
        const coldRoot = fs.mkdtempSync(path.join(dir, 'cold-'));
        const coldStarted = Date.now();
        const cold = await buildFleet({ slugs, cmsUrl, localSitesOrigin: `http://{slug}.localhost:${PORTS.sitesPort}`, sites: liveSites(coldRoot), log: () => {} });
        if (!cold.built || cold.results.some((r) => !r.ok)) throw new Error(`cold fleet build failed: ${cold.error ?? cold.results.find((r) => !r.ok)?.error}`);
        row.cold = seconds(Date.now() - coldStarted);
        row.peak = `${cold.peakRssMb} MB`;
        fs.rmSync(coldRoot, { recursive: true, force: true });
      }

      const title = `Bench story ${size}-${Date.now()}`;
      const publishedAt = Date.now();
      await api(cmsUrl, '/api/stories', { method: 'POST', headers: editor, body: storyBody(title, `bench-${size}-${Date.now()}`) });
      const all = await timeUntilServed({ port: PORTS.sitesPort, slugs, text: title, since: publishedAt, timeoutMs: TIMEOUT_MS });
      await noRebuildsOutstanding(cmsUrl, admin);

      const marker = `Local offer ${Date.now()}`;
      const dudley = docs.find((p) => p.slug === 'dudley')!;
      const editedAt = Date.now();
      await api(cmsUrl, `/api/partners/${dudley.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ localOffer: marker }) });
      const one = await timeUntilServed({ port: PORTS.sitesPort, slugs: ['dudley'], text: marker, since: editedAt, timeoutMs: TIMEOUT_MS });
      await noRebuildsOutstanding(cmsUrl, admin);

      const allTimes = [...all.values()];
      rows.push({ ...row, firstLive: seconds(Math.min(...allTimes)), lastLive: seconds(Math.max(...allTimes)), onePartner: seconds(one.get('dudley')!) } as Row);
      console.log(`[bench] ${driver} at ${slugs.length} partners done`);
    }

    if (measureLaunch) {
      // A council joining: from its existing CMS record to its site served (the new-site command: check, scaffold, build).
      const slugsBefore = (await api<{ docs: unknown[] }>(cmsUrl, '/api/partners?depth=0&limit=1000', { headers: admin })).docs.length;
      await addPartners(store, slugsBefore - seeded.length + 1);
      const { docs } = await api<{ docs: Array<{ slug: string; name: string }> }>(cmsUrl, '/api/partners?depth=0&limit=1&sort=-createdAt', { headers: admin });
      const partner = docs[0]!;
      const launchStarted = Date.now();
      await launchPartnerSite({ slug: partner.slug, cmsUrl, builderUrl, sitesPort: PORTS.sitesPort, root: sitesRoot, registerWorkspace: false, log: () => {} });
      const launched = await timeUntilServed({ port: PORTS.sitesPort, slugs: [partner.slug], text: partner.name, since: launchStarted, timeoutMs: TIMEOUT_MS });
      launchMs = launched.get(partner.slug)!;
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(sitesRoot, { recursive: true, force: true });
  }
  return { rows, launchMs };
}

async function main() {
  await buildCms();
  const fleet = await scenario({ driver: 'fleet', sizes: SIZES, measureLaunch: true });
  const perSite = process.env.BENCH_SKIP_PER_SITE ? { rows: [] } : await scenario({ driver: 'per-site', sizes: [20], measureLaunch: false });

  const header = ['driver', 'partners', 'cold build (all sites)', 'peak memory (build)', 'story on all: first site live', 'story on all: last site live', 'one-partner edit live'];
  console.log(`\nPublish-to-live on this machine (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; rebuild debounce ${process.env.REBUILD_DEBOUNCE_MS ?? 2000} ms; each site polled every 100 ms)\n`);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of [...fleet.rows, ...perSite.rows]) {
    console.log(`| ${[row.driver, row.partners, row.cold ?? '–', row.peak ?? '–', row.firstLive, row.lastLive, row.onePartner].join(' | ')} |`);
  }
  const fleet20 = fleet.rows.find((r) => r.partners === 20);
  const perSite20 = perSite.rows.find((r) => r.partners === 20);
  if (fleet20 && perSite20) console.log(`\nAt 20 partners, story on all, last site live: per-site ${perSite20.lastLive} vs fleet ${fleet20.lastLive}.`);
  if (fleet.launchMs !== null) console.log(`New council: existing partner record → site served (scaffold + first build, without npm install): ${seconds(fleet.launchMs)}`);
}

await main();
