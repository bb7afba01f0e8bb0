/**
 * `npm run bench` (publishing): publish-to-live through nginx on the production tier (`startCluster`: PostgreSQL, two
 * web instances, the jobs worker that builds and deploys, nginx serving the sites), for a growing partnership.
 *
 * Fleet driver (one Astro build for every affected site) at N = 4 (the seeded partners), 20 and exactly 150 partner
 * sites: a rebuild of all N (the worker restarted; time and the build's peak memory); a story shown on all partners →
 * every site serving it through nginx; one partner's record edited → that site serving it. Then the per-site driver
 * (one Astro build per site, two at a time) at N = 20, for the ratio. Generated partners go only into the benchmark's
 * throw-away database (the same code as `npm run synthetic-partners`). Every site is built with what the release step
 * seeds: the home page's layout of blocks and the four sample pages (partner blocks included), as a real fleet would be.
 * Then the fleet driver again at its largest size with 20 of the generated councils bilingual (BENCH_BILINGUAL), whose
 * Welsh pages (the seed's sample Welsh) the same build renders beside their English ones.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, listSites } from '@bfp/local-stack/repo';
import { scaffoldSite } from '@bfp/local-stack/scaffold-site';
import { runNpm } from '@bfp/local-stack/processes';
import { timeUntilServed } from '@bfp/local-stack/bench/site-probe';
import { recordBenchRows } from '@bfp/local-stack/bench/table';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { paragraphsToRichText } from '@bfp/cms/rich-text';
import { startCluster, type RunningCluster } from '../cluster.ts';

const PORTS = { postgres: 54370, instances: [3221, 3222], nginx: 8290, sites: 8291 };
const TIMEOUT_MS = 10 * 60_000;
const SIZES = (process.env.BENCH_SIZES ?? '4,20,150').split(',').map(Number);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Row {
  driver: string;
  partners: number;
  rebuildAll: string;
  peak: string;
  firstLive: string;
  lastLive: string;
  onePartner: string;
}

function storyBody(title: string, slug: string) {
  return JSON.stringify({
    title,
    slug,
    summary: 'A benchmark story.',
    body: paragraphsToRichText(['Benchmark.']),
    shownOn: 'all',
    safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 365).toISOString() },
    _status: 'published',
  });
}

/** The story's Welsh version; the English title stays in it, so every site's page is found by the same words. */
function welshOf(title: string, id: number) {
  return JSON.stringify({
    title: `${title} (Cymraeg)`,
    slug: `stori-meincnod-${id}`,
    summary: 'Stori meincnod.',
    body: paragraphsToRichText(['Meincnod.']),
    _status: 'published',
  });
}

/** `bilingual`: how many of the generated partners have sites in English and Welsh (the seeded Welsh council aside). */
async function scenario(driver: 'fleet' | 'per-site', sizes: number[], bilingual = 0): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-publish-bench-'));
  // Site folders must sit inside the repo so they resolve the workspace packages; the per-site driver needs one each.
  const sitesRoot = fs.mkdtempSync(path.join(repoRoot, 'packages', 'cluster', '.bench-sites-'));
  for (const slug of listSites()) await scaffoldSite({ sitesRoot, slug });
  const log: string[] = [];
  let cluster: RunningCluster | undefined;
  const rows: Row[] = [];
  try {
    cluster = await startCluster({
      dir,
      postgresPort: PORTS.postgres,
      instancePorts: PORTS.instances,
      nginxPort: PORTS.nginx,
      sitesPort: PORTS.sites,
      cmsEnv: {
        SITES_ROOT: sitesRoot,
        FLEET_THRESHOLD: driver === 'fleet' ? '2' : 'Infinity',
        ENQUIRY_RATE_LIMIT: '100000/600',
      },
      log: (line) => log.push(line),
    });
    const running = cluster;
    const login = await fetch(`${running.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bfp.example', password: DEMO_PASSWORD }),
    });
    const admin = {
      Authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'Content-Type': 'application/json',
    };
    const api = async <T>(pathname: string, init: RequestInit = {}): Promise<T> => {
      const response = await fetch(`${running.url}${pathname}`, { ...init, headers: admin });
      if (!response.ok)
        throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const builds = () =>
      api<{ docs: Array<{ status: string; lastError?: string; finishedAt?: string }> }>(
        '/api/site-builds?limit=1000&depth=0',
      );
    /** Every site live, and (with `since`) built again since then. */
    const allLive = async (count: number, since = 0) => {
      for (
        const started = Date.now();
        Date.now() - started < TIMEOUT_MS;
        await new Promise((r) => setTimeout(r, 250))
      ) {
        const { docs } = await builds();
        const failed = docs.find((d) => d.status === 'failed');
        if (failed) throw new Error(`a site build failed: ${failed.lastError}`);
        if (docs.length >= count && docs.every((d) => d.status === 'live' && Date.parse(d.finishedAt ?? '0') >= since))
          return;
      }
      throw new Error(`sites not all live:\n${log.slice(-30).join('\n')}`);
    };
    const partners = async () =>
      (
        await api<{ docs: Array<{ id: number; slug: string }> }>(
          '/api/partners?depth=0&limit=1000&where[active][equals]=true',
        )
      ).docs;
    await allLive((await partners()).length);

    for (const size of sizes) {
      const have = (await partners()).length;
      const synthetic = (await partners()).filter((p) => /-\d+$/.test(p.slug)).length;
      if (size > have) {
        const count = String(synthetic + size - have);
        await runNpm(['run', 'synthetic-partners', '--workspace=@bfp/cms', '--', count, String(bilingual)], {
          cwd: repoRoot,
          label: 'synthetic',
          log: () => {},
          env: { ...running.cmsEnv, NODE_ENV: 'production', THROWAWAY_DATABASE: 'true' },
        });
      }
      const slugs = (await partners()).map((p) => p.slug);
      if (slugs.length !== size) throw new Error(`wanted ${size} partner sites, the CMS has ${slugs.length}`);
      if (driver === 'per-site')
        for (const slug of slugs)
          if (!fs.existsSync(path.join(sitesRoot, slug))) await scaffoldSite({ sitesRoot, slug });

      // Every site rebuilt: the worker restarted rebuilds all of them (REBUILD_ALL_ON_START), as after a deploy.
      const peakLines = log.length;
      const rebuildStarted = Date.now();
      await running.workers[0]!.terminate();
      await allLive(size, rebuildStarted);
      const rebuildMs = Date.now() - rebuildStarted;
      const peaks = log
        .slice(peakLines)
        .flatMap((line) => [...line.matchAll(/peak (\d+) MB/g)].map((m) => Number(m[1])));

      const title = `Bench story ${size}-${Date.now()}`;
      const publishedAt = Date.now();
      const { doc: story } = await api<{ doc: { id: number } }>('/api/stories', {
        method: 'POST',
        body: storyBody(title, `bench-${size}-${Date.now()}`),
      });
      // With its Welsh, as a story for every site is written: a bilingual site shows only what is in both languages.
      await api(`/api/stories/${story.id}?locale=cy`, { method: 'PATCH', body: welshOf(title, story.id) });
      const all = await timeUntilServed({
        port: PORTS.sites,
        slugs,
        text: title,
        since: publishedAt,
        timeoutMs: TIMEOUT_MS,
      });
      await allLive(size);

      const marker = `Local offer ${Date.now()}`;
      const dudley = (await partners()).find((p) => p.slug === 'dudley')!;
      const editedAt = Date.now();
      await api(`/api/partners/${dudley.id}`, { method: 'PATCH', body: JSON.stringify({ localOffer: marker }) });
      const one = await timeUntilServed({
        port: PORTS.sites,
        slugs: ['dudley'],
        text: marker,
        since: editedAt,
        timeoutMs: TIMEOUT_MS,
      });
      await allLive(size);

      const times = [...all.values()];
      rows.push({
        driver: bilingual ? `${driver}, ${bilingual} of them bilingual` : driver,
        partners: size,
        rebuildAll: seconds(rebuildMs),
        peak: peaks.length ? `${Math.max(...peaks)} MB` : '–',
        firstLive: seconds(Math.min(...times)),
        lastLive: seconds(Math.max(...times)),
        onePartner: seconds(one.get('dudley')!),
      });
      console.log(`[bench] ${driver} at ${size} partners done`);
    }
  } finally {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(sitesRoot, { recursive: true, force: true });
  }
  return rows;
}

const fleet = await scenario('fleet', SIZES);
// The same fleet at its largest with 20 generated councils bilingual: their Welsh pages are built in the same build.
const bilingualFleet = process.env.BENCH_SKIP_BILINGUAL
  ? []
  : await scenario('fleet', [Math.max(...SIZES)], Number(process.env.BENCH_BILINGUAL ?? 20));
const perSite = process.env.BENCH_SKIP_PER_SITE ? [] : await scenario('per-site', [20]);
const header = [
  'driver',
  'partner sites',
  'rebuild all (worker restart → all live)',
  'peak memory (fleet render)',
  'story on all: first site live',
  'story on all: last site live',
  'one-partner edit live',
];
console.log(
  `\nPublish-to-live through nginx on the production tier (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; rebuild debounce ${process.env.REBUILD_DEBOUNCE_MS ?? 2000} ms; each site polled every 100 ms)\n`,
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of [...fleet, ...bilingualFleet, ...perSite])
  console.log(
    `| ${[row.driver, row.partners, row.rebuildAll, row.peak, row.firstLive, row.lastLive, row.onePartner].join(' | ')} |`,
  );
const fleet20 = fleet.find((r) => r.partners === 20);
const perSite20 = perSite.find((r) => r.partners === 20);
if (fleet20 && perSite20)
  console.log(
    `\nAt 20 partners, story on all, last site live: per-site ${perSite20.lastLive} vs fleet ${fleet20.lastLive}.`,
  );
recordBenchRows(
  [...fleet, ...bilingualFleet, ...perSite].flatMap((row) => {
    const on = `PostgreSQL + nginx, ${row.partners} partner sites, ${row.driver === 'fleet' ? 'fleet build' : 'one Astro build per site'}`;
    return [
      { measure: 'publish a story shown on all → last site live', on, figure: row.lastLive },
      { measure: "edit one partner's record → its site live", on, figure: row.onePartner },
      {
        measure: 'rebuild every site (worker restart → all live)',
        on,
        figure: `${row.rebuildAll}${row.peak === '–' ? '' : `, peak ${row.peak}`}`,
      },
    ];
  }),
);
