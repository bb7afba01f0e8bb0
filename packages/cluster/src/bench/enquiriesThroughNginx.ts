/**
 * `npm run bench` (the production tier's part): the enquiry endpoint under a TV-appeal burst, measured three ways in
 * one run on this machine so the figures compare: SQLite with one CMS process (as `npm start` runs), and PostgreSQL
 * through nginx with one and with two web instances (as `npm run cluster` runs), a jobs worker beside each sending the
 * e-mails. 50 clients (BENCH_CLIENTS), each its own household address, post 2,000 enquiries (BENCH_REQUESTS) as fast
 * as answers come. Prints requests/s, p50/p99 and whether every accepted enquiry is stored (count in = count stored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startCms } from '@bfp/local-stack/src/cms.ts';
import { buildCms } from '@bfp/local-stack/src/cmsBuild.ts';
import { loginToken } from '@bfp/local-stack/src/cmsLogin.ts';
import { startCluster } from '../cluster.ts';
import { clientAddress, enquiryBody, postEnquiry } from '../enquiryLoad.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const PORTS = { sqlite: 3360, postgres: 54350, instances: [3361, 3362], nginx: 8190, sites: 8191 };
// Far above the burst: this measures throughput, not the limiter.
const LOAD_ENV = { ENQUIRY_RATE_LIMIT: '100000/600', REBUILD_ALL_ON_START: 'false' };

interface Measured {
  label: string;
  elapsedS: number;
  latencies: number[];
  statuses: Map<number, number>;
  references: Set<string>;
  stored: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function burst(url: string, run: string): Promise<Omit<Measured, 'label' | 'stored'>> {
  for (let i = 0; i < 5; i++) await postEnquiry({ url, body: enquiryBody(-1 - i, `${run}-warm`), localAddress: clientAddress(2000 + i) });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const references = new Set<string>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let n = next++; n < REQUESTS; n = next++) {
        const t0 = performance.now();
        // Every enquiry from its own address: a TV appeal is thousands of households, not 50 very keen ones.
        const { status, json } = await postEnquiry({ url, body: enquiryBody(n, run), key: `${run}-${n}-0123456789abcdef`, localAddress: clientAddress(n) });
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201 && json?.reference) references.add(json.reference);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { elapsedS: (performance.now() - started) / 1000, latencies, statuses, references };
}

function report(m: Measured): string {
  const missing = m.references.size - m.stored;
  return [
    `${m.label}`,
    `  sustained:      ${(REQUESTS / m.elapsedS).toFixed(1)} requests/s over ${m.elapsedS.toFixed(1)} s`,
    `  latency:        p50 ${percentile(m.latencies, 50).toFixed(0)} ms, p99 ${percentile(m.latencies, 99).toFixed(0)} ms, max ${m.latencies.at(-1)!.toFixed(0)} ms`,
    `  responses:      ${[...m.statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
    `  accepted (201): ${m.references.size}; stored afterwards: ${m.stored}${missing ? ` — MISSING ${missing}` : ' (count in = count stored)'}`,
  ].join('\n');
}

async function sqliteOneProcess(): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-sqlite-'));
  const cms = await startCms({
    port: PORTS.sqlite,
    localSitesOrigin: 'http://{slug}.localhost:4650',
    env: { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, MEDIA_DIR: path.join(dir, 'media'), MAIL_DIR: path.join(dir, 'mail'), TRUSTED_PROXIES: '', ...LOAD_ENV },
    log: () => {},
  });
  try {
    const measured = await burst(`http://127.0.0.1:${PORTS.sqlite}/api/enquiries/submit`, 'sqlite');
    const token = await loginToken(cms.url, 'admin@bfp.example');
    const response = await fetch(`${cms.url}/api/enquiries?limit=1&where[contact.email][contains]=carer.sqlite.`, { headers: { Authorization: `JWT ${token}` } });
    const stored = ((await response.json()) as { totalDocs: number }).totalDocs;
    return { label: 'SQLite, one CMS process (npm start), no proxy', ...measured, stored: Math.min(stored, measured.references.size) };
  } finally {
    await cms.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresThroughNginx(instances: number): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-cluster-'));
  const cluster = await startCluster({
    dir,
    postgresPort: PORTS.postgres,
    instancePorts: PORTS.instances.slice(0, instances),
    nginxPort: PORTS.nginx,
    sitesPort: PORTS.sites,
    cmsEnv: LOAD_ENV,
    log: () => {},
  });
  const db = new pg.Pool({ connectionString: cluster.databaseUrl, max: 1 });
  db.on('error', () => undefined);
  try {
    const run = `pg${instances}`;
    const measured = await burst(`${cluster.url}/api/enquiries/submit`, run);
    const { rows } = await db.query<{ reference: string }>('select reference from enquiries where contact_email like $1', [`carer.${run}.%`]);
    const stored = rows.filter((row) => measured.references.has(row.reference)).length;
    return { label: `PostgreSQL through nginx, ${instances} web instance${instances === 1 ? '' : 's'} (npm run cluster)`, ...measured, stored };
  } finally {
    await db.end();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await buildCms();
const results = [await sqliteOneProcess(), await postgresThroughNginx(1), await postgresThroughNginx(2)];
console.log(`\nEnquiry endpoint, ${CLIENTS} concurrent clients, ${REQUESTS} enquiries each, a jobs worker running beside, this machine (${os.cpus().length} cores):\n`);
for (const measured of results) console.log(`${report(measured)}\n`);
if (results.some((m) => m.stored !== m.references.size || m.references.size !== REQUESTS)) process.exitCode = 1;
