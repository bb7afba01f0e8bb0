/**
 * `npm run bench` (second part): the recruitment teams' views at scale. The built CMS on SQLite, as `npm start` runs
 * it, with 150 partners and 100,000 enquiries spread over 16 weeks (BENCH_ENQUIRIES); then, three rounds each, the
 * admin home page with the enquiry dashboard for an admin and for one partner's staff, and the CSV export of every
 * enquiry: its first byte, its whole download, and how much the CMS process grew while it streamed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCms } from '../cmsBuild.ts';
import { startCms } from '../cms.ts';
import { loginToken } from '../cmsLogin.ts';
import { spawnNpm } from '../processes.ts';
import { repoRoot } from '../repo.ts';
import { recordBenchRows } from './benchTable.ts';
import { listenerPid, rssMb } from './processCpu.ts';

const ENQUIRIES = Number(process.env.BENCH_ENQUIRIES || 100_000);
const PARTNERS = 150;
const PORT = 3370;
const ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const listenerRssMb = (port: number) => rssMb(listenerPid(port));

async function runScript(script: string, args: string[], env: Record<string, string>) {
  const child = spawnNpm(['run', script, '--', ...args], {
    cwd: path.join(repoRoot, 'cms'),
    label: script,
    log: () => {},
    env,
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}`);
}

async function timePage(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } });
  const html = await response.text();
  if (response.status !== 200 || !html.includes('enquiry-dashboard-heading'))
    throw new Error(`${url} answered ${response.status} without the dashboard`);
  return performance.now() - started;
}

async function timeCsv(
  url: string,
  token: string,
): Promise<{ firstByteMs: number; totalMs: number; rows: number; megabytes: number; growthMb: number }> {
  const before = listenerRssMb(PORT);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, listenerRssMb(PORT))), 100);
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } });
  const reader = response.body!.getReader();
  let firstByteMs = 0;
  let bytes = 0;
  let rows = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByteMs) firstByteMs = performance.now() - started;
    bytes += value.length;
    for (const byte of value) if (byte === 10) rows += 1;
  }
  clearInterval(sampler);
  return {
    firstByteMs,
    totalMs: performance.now() - started,
    rows: rows - 1,
    megabytes: bytes / 1e6,
    growthMb: peak - before,
  };
}

async function main() {
  await buildCms();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-views-'));
  const env = {
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    MAIL_DIR: path.join(dir, 'mail'),
  };
  const cms = await startCms({
    port: PORT,
    localSitesOrigin: 'http://{slug}.localhost:4670',
    env: { ...env, REBUILD_ALL_ON_START: 'false' },
    worker: false,
    log: () => {},
  });
  try {
    const filling = performance.now();
    // The seed's four partners, and the rest generated.
    await runScript('synthetic-partners', [String(PARTNERS - 4)], env);
    await runScript('synthetic-enquiries', [String(ENQUIRIES)], env);
    const filledS = (performance.now() - filling) / 1000;
    const admin = await loginToken(cms.url, 'admin@bfp.example');
    const staff = await loginToken(cms.url, 'dudley@bfp.example');
    // Warm up: the first request compiles the admin's routes.
    await timePage(`${cms.url}/admin`, admin);
    const adminMs: number[] = [];
    const staffMs: number[] = [];
    const csv: Awaited<ReturnType<typeof timeCsv>>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      adminMs.push(await timePage(`${cms.url}/admin`, admin));
      staffMs.push(await timePage(`${cms.url}/admin`, staff));
      csv.push(await timeCsv(`${cms.url}/api/enquiries/export.csv`, admin));
    }
    const last = csv.at(-1)!;
    console.log(
      `\nThe teams' views with ${ENQUIRIES.toLocaleString('en-GB')} enquiries over ${PARTNERS} partners (filled in ${filledS.toFixed(0)} s), SQLite, this machine (${os.cpus().length} cores), median of ${ROUNDS}:\n`,
    );
    console.log(`  admin home with the dashboard, an admin:           ${median(adminMs).toFixed(0)} ms`);
    console.log(`  admin home with the dashboard, Dudley's staff:     ${median(staffMs).toFixed(0)} ms`);
    console.log(
      `  CSV export of every enquiry, first byte:           ${median(csv.map((c) => c.firstByteMs)).toFixed(0)} ms`,
    );
    console.log(
      `  CSV export of every enquiry, whole download:       ${(median(csv.map((c) => c.totalMs)) / 1000).toFixed(1)} s (${last.rows.toLocaleString('en-GB')} rows, ${last.megabytes.toFixed(1)} MB)`,
    );
    console.log(
      `  CMS process growth while the CSV streamed:         ${median(csv.map((c) => c.growthMb)).toFixed(0)} MB at most`,
    );
    const on = `SQLite, ${ENQUIRIES.toLocaleString('en-GB')} enquiries, ${PARTNERS} partners`;
    const within = (ms: number, goalMs: number) => ({
      figure: `${ms.toFixed(0)} ms`,
      goal: `≤ ${goalMs.toLocaleString('en-GB')} ms`,
      met: ms <= goalMs,
    });
    recordBenchRows([
      { measure: 'dashboard, an admin (median of 3)', on, ...within(median(adminMs), 1000) },
      { measure: "dashboard, one partner's staff (median of 3)", on, ...within(median(staffMs), 1000) },
      { measure: 'CSV export, first byte (median of 3)', on, ...within(median(csv.map((c) => c.firstByteMs)), 1000) },
      {
        measure: 'CSV export, growth of the CMS while it streams',
        on,
        figure: `${median(csv.map((c) => c.growthMb)).toFixed(0)} MB for ${last.megabytes.toFixed(0)} MB sent`,
      },
    ]);
    if (last.rows < ENQUIRIES) process.exitCode = 1;
  } finally {
    await cms.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
