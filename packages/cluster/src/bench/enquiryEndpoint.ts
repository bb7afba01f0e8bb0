/**
 * `npm run bench`, the enquiry endpoint on the day of a TV appeal, side by side with its yardstick in one run: the
 * product's `POST /api/enquiries/submit` against Payload's bare REST create of the same row into a collection of the
 * same shape with nothing else to do (BENCH_BARE_CREATE, collections/BenchBareEnquiries), in alternating rounds of
 * BENCH_REQUESTS (2,000) from BENCH_CLIENTS (50) concurrent clients, each request from its own household address.
 *
 * Twice: SQLite with one CMS process as `npm start` runs it, and PostgreSQL with two web instances behind nginx as
 * `npm run cluster` runs it; a jobs worker beside each sends the e-mails to a real SMTP server on loopback while the
 * burst goes on. Per round: requests/s, p50/p99, the web processes' CPU per request (the database's own CPU is in
 * the CMS process on SQLite and in PostgreSQL's processes otherwise), and, after each product round, how long after
 * the last enquiry the last team e-mail and the last e-mail of all reached the relay. Then count in = count stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSmtpServer, type ReceivedMail } from '@bfp/services/smtp';
import { startCms } from '@bfp/local-stack/cms';
import { buildCms } from '@bfp/local-stack/cms-build';
import { loginToken } from '@bfp/local-stack/cms-login';
import { recordBenchRows, type BenchRow } from '@bfp/local-stack/bench/table';
import { cpuMs, descendantPid, listenerPid } from '@bfp/local-stack/bench/process-cpu';
import { startCluster } from '../cluster.ts';
import { clientAddress, enquiryBody, postEnquiry } from '../enquiryLoad.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2);
const WARM_UP = 200;
const GOALS = { ratio: 1, p99Ms: 500, drainS: 60 };
const PORTS = { sqlite: 3360, postgres: 54350, instances: [3361, 3362], nginx: 8190, sites: 8191 };

interface Round {
  endpoint: 'product' | 'bare';
  round: number;
  elapsedS: number;
  latencies: number[];
  statuses: Map<number, number>;
  accepted: number;
  cpuMsPerRequest: number;
  /** The worker's CPU from the start of the round until its e-mails were all sent, per enquiry. */
  workerCpuMsPerRequest?: number;
  /** Product rounds: seconds from the last answer until the last team e-mail, and the last e-mail, reached the relay. */
  teamDrainS?: number;
  drainS?: number;
}

interface Target {
  label: string;
  short: string;
  url: string;
  webPids: number[];
  /** The jobs worker's process, whose CPU per enquiry is reported beside the web's (looked up once it runs). */
  workerPid: () => number | undefined;
  token: string;
  mail: ReceivedMail[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rps = (round: Round) => REQUESTS / round.elapsedS;
const totalCpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

/** The row Payload's bare create stores: what the submit endpoint would have stored for the same enquiry. */
function bareRow(n: number, run: string, partnerIds: Record<string, number | string>) {
  const body = enquiryBody(n, run);
  const now = new Date().toISOString();
  return {
    reference: `BENCH-${run}-${n}`,
    partner: partnerIds[body.partner],
    sourceSite: 'direct',
    outcome: 'likely-eligible',
    answers: body.answers,
    findings: [],
    contact: { fullName: body.contact.fullName, email: body.contact.email, phone: body.contact.phone },
    consent: { given: true, givenAt: now, privacyNoticeVersion: body.privacyNoticeVersion },
    status: 'new',
    callBackBy: now,
    idempotencyKey: `${run}-${n}-0123456789abcdef`,
    emails: { team: 'pending', carer: 'pending', attempts: 0, nextAttemptAt: now },
    statusHistory: [{ status: 'new', at: now }],
  };
}

async function burst(
  target: Target,
  endpoint: Round['endpoint'],
  round: number,
  partnerIds: Record<string, number | string>,
): Promise<Round> {
  const run = `${target.short}-${endpoint}-${round}`;
  const url =
    endpoint === 'product' ? `${target.url}/api/enquiries/submit` : `${target.url}/api/bench-bare-enquiries?depth=0`;
  const bodyOf = (n: number) => (endpoint === 'product' ? enquiryBody(n, run) : bareRow(n, run, partnerIds));
  const mailBefore = target.mail.length;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const cpuBefore = totalCpu(target.webPids);
  const workerPid = target.workerPid();
  const workerBefore = workerPid ? cpuMs(workerPid) : 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let n = next++; n < REQUESTS; n = next++) {
        const t0 = performance.now();
        const { status } = await postEnquiry({
          url,
          body: bodyOf(n),
          key: `${run}-${n}-0123456789abcdef`,
          localAddress: clientAddress(n),
        });
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const ended = performance.now();
  const cpuMsPerRequest = (totalCpu(target.webPids) - cpuBefore) / REQUESTS;
  latencies.sort((a, b) => a - b);
  const accepted = statuses.get(201) ?? 0;
  const measured: Round = {
    endpoint,
    round,
    elapsedS: (ended - started) / 1000,
    latencies,
    statuses,
    accepted,
    cpuMsPerRequest,
  };
  if (endpoint === 'product') {
    Object.assign(measured, await drained(target, mailBefore, accepted, ended));
    if (workerPid) measured.workerCpuMsPerRequest = (cpuMs(workerPid) - workerBefore) / REQUESTS;
  }
  return measured;
}

/** Waits until the relay holds both e-mails of every accepted enquiry (10 minutes at most). */
async function drained(
  target: Target,
  mailBefore: number,
  accepted: number,
  lastAnswerAt: number,
): Promise<{ teamDrainS?: number; drainS?: number }> {
  let teamDrainS: number | undefined;
  while (performance.now() - lastAnswerAt < 600_000) {
    const sent = target.mail.slice(mailBefore);
    const toCarers = sent.filter((mail) => mail.to.some((address) => address.startsWith('carer.'))).length;
    if (teamDrainS === undefined && sent.length - toCarers >= accepted)
      teamDrainS = (performance.now() - lastAnswerAt) / 1000;
    if (toCarers >= accepted && sent.length - toCarers >= accepted)
      return { teamDrainS, drainS: (performance.now() - lastAnswerAt) / 1000 };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { teamDrainS };
}

async function storedCount(target: Target, collection: string, run: string): Promise<number> {
  const response = await fetch(
    `${target.url}/api/${collection}?limit=1&depth=0&where[contact.email][contains]=carer.${run}.`,
    { headers: { Authorization: `JWT ${target.token}` } },
  );
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}

async function partnerIdsOf(target: Target): Promise<Record<string, number | string>> {
  const response = await fetch(`${target.url}/api/partners?limit=10&depth=0&where[slug][in]=dudley,staffordshire`, {
    headers: { Authorization: `JWT ${target.token}` },
  });
  const { docs } = (await response.json()) as { docs: Array<{ id: number | string; slug: string }> };
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]));
}

async function measure(target: Target): Promise<{ rounds: Round[]; missing: number }> {
  const partnerIds = await partnerIdsOf(target);
  // Warm up both, and the worker with the e-mails: the first requests compile routes and fill caches in every process,
  // which is not what a round should measure.
  const warmMail = target.mail.length;
  await Promise.all(
    Array.from({ length: 10 }, async (_, client) => {
      for (let i = client; i < WARM_UP; i += 10) {
        await postEnquiry({
          url: `${target.url}/api/enquiries/submit`,
          body: enquiryBody(i, `${target.short}-warm`),
          key: `${target.short}-warm-${i}-0123456789abcdef`,
          localAddress: clientAddress(2100 + i),
        });
        await postEnquiry({
          url: `${target.url}/api/bench-bare-enquiries?depth=0`,
          body: bareRow(i, `${target.short}-warm`, partnerIds),
          localAddress: clientAddress(2100 + i),
        });
      }
    }),
  );
  await drained(target, warmMail, WARM_UP, performance.now());
  const rounds: Round[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    rounds.push(await burst(target, 'product', round, partnerIds));
    rounds.push(await burst(target, 'bare', round, partnerIds));
  }
  let missing = 0;
  for (const round of rounds) {
    const stored = await storedCount(
      target,
      round.endpoint === 'product' ? 'enquiries' : 'bench-bare-enquiries',
      `${target.short}-${round.endpoint}-${round.round}`,
    );
    missing += Math.max(0, round.accepted - stored) + Math.max(0, stored - round.accepted);
  }
  return { rounds, missing };
}

function report(target: Target, { rounds, missing }: { rounds: Round[]; missing: number }): void {
  console.log(`\n${target.label}: ${CLIENTS} clients, ${REQUESTS} requests a round, ${os.cpus().length} cores\n`);
  console.log(
    '| round | endpoint | requests/s | p50 ms | p99 ms | web CPU ms/request | worker CPU ms/enquiry | responses | last team e-mail | last e-mail |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const round of rounds) {
    const drain = (seconds?: number) =>
      seconds === undefined
        ? round.endpoint === 'product'
          ? 'not within 600 s'
          : ''
        : `${seconds.toFixed(1)} s after`;
    const statuses = [...round.statuses].map(([status, count]) => `${status} × ${count}`).join(', ');
    console.log(
      `| ${round.round} | ${round.endpoint === 'product' ? 'submit (product)' : 'bare create'} | ${rps(round).toFixed(1)} | ${percentile(round.latencies, 50).toFixed(0)} | ${percentile(round.latencies, 99).toFixed(0)} | ${round.cpuMsPerRequest.toFixed(1)} | ${round.workerCpuMsPerRequest?.toFixed(1) ?? ''} | ${statuses} | ${drain(round.teamDrainS)} | ${drain(round.drainS)} |`,
    );
  }
  const product = rounds.filter((round) => round.endpoint === 'product');
  const bare = rounds.filter((round) => round.endpoint === 'bare');
  const sum = (list: Round[], of: (round: Round) => number) => list.reduce((total, round) => total + of(round), 0);
  const ratio = sum(product, rps) / sum(bare, rps);
  const worstP99 = Math.max(...product.map((round) => percentile(round.latencies, 99)));
  const worstDrain = Math.max(...product.map((round) => round.drainS ?? Infinity));
  const worstTeam = Math.max(...product.map((round) => round.teamDrainS ?? Infinity));
  console.log(
    `\nproduct ÷ bare, requests/s over all rounds: ${ratio.toFixed(2)}×; CPU per request ${(sum(product, (r) => r.cpuMsPerRequest) / product.length).toFixed(1)} vs ${(sum(bare, (r) => r.cpuMsPerRequest) / bare.length).toFixed(1)} ms; stored ≠ accepted: ${missing}`,
  );
  const on = target.label;
  const rows: BenchRow[] = [
    {
      measure: 'submit ÷ bare create, requests/s',
      on,
      figure: `${ratio.toFixed(2)}× (${(sum(product, rps) / product.length).toFixed(0)} vs ${(sum(bare, rps) / bare.length).toFixed(0)} req/s)`,
      goal: `≥ ${GOALS.ratio.toFixed(1)}×`,
      met: ratio >= GOALS.ratio,
    },
    {
      measure: 'submit, p99 at 50 clients (worst round)',
      on,
      figure: `${worstP99.toFixed(0)} ms`,
      goal: `≤ ${GOALS.p99Ms} ms`,
      met: worstP99 <= GOALS.p99Ms,
    },
    {
      measure: 'submit ÷ bare create, web CPU per request',
      on,
      figure: `${(sum(product, (r) => r.cpuMsPerRequest) / product.length).toFixed(1)} vs ${(sum(bare, (r) => r.cpuMsPerRequest) / bare.length).toFixed(1)} ms`,
    },
    {
      measure: `last team e-mail after the last of ${REQUESTS} enquiries`,
      on,
      figure: Number.isFinite(worstTeam) ? `${worstTeam.toFixed(1)} s` : 'not within 600 s',
    },
    {
      measure: `every e-mail sent after the last of ${REQUESTS} enquiries`,
      on,
      figure: Number.isFinite(worstDrain) ? `${worstDrain.toFixed(1)} s` : 'not within 600 s',
      goal: `≤ ${GOALS.drainS} s`,
      met: worstDrain <= GOALS.drainS,
    },
    {
      measure: 'count in = count stored',
      on,
      figure: missing ? `${missing} differ` : `yes (${sum(rounds, (r) => r.accepted)} rows)`,
      goal: 'yes',
      met: missing === 0,
    },
  ];
  recordBenchRows(rows);
  if (missing || rounds.some((round) => round.accepted !== REQUESTS)) process.exitCode = 1;
}

// Far above the burst: this measures throughput, not the limiter (which still counts every request).
const LOAD_ENV = {
  ENQUIRY_RATE_LIMIT: '100000/600',
  REBUILD_ALL_ON_START: 'false',
  BENCH_BARE_CREATE: 'true',
  SMTP_HOST: '127.0.0.1',
  SMTP_SECURE: 'false',
  SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
};

async function onSqlite(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-sqlite-'));
  const smtp = await startSmtpServer();
  const cms = await startCms({
    port: PORTS.sqlite,
    localSitesOrigin: 'http://{slug}.localhost:4650',
    env: {
      DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      TRUSTED_PROXIES: '',
      ...LOAD_ENV,
      SMTP_PORT: String(smtp.port),
    },
    log: () => {},
  });
  try {
    const target = {
      label: 'SQLite, one CMS process (npm start)',
      short: 'sqlite',
      url: `http://127.0.0.1:${PORTS.sqlite}`,
      webPids: [listenerPid(PORTS.sqlite)],
      workerPid: () => (cms.worker?.pid === undefined ? undefined : descendantPid(cms.worker.pid, 'worker.ts')),
      token: await loginToken(cms.url, 'admin@bfp.example'),
      mail: smtp.messages,
    };
    report(target, await measure(target));
  } finally {
    await cms.stop();
    await smtp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-cluster-'));
  const smtp = await startSmtpServer();
  const cluster = await startCluster({
    dir,
    postgresPort: PORTS.postgres,
    instancePorts: PORTS.instances,
    nginxPort: PORTS.nginx,
    sitesPort: PORTS.sites,
    cmsEnv: { ...LOAD_ENV, SMTP_PORT: String(smtp.port) },
    log: () => {},
  });
  try {
    const target = {
      label: 'PostgreSQL, two web instances behind nginx (npm run cluster)',
      short: 'pg',
      url: cluster.url.replace('localhost', '127.0.0.1'),
      webPids: PORTS.instances.map(listenerPid),
      workerPid: () => cluster.workers[0]?.pid(),
      token: await loginToken(cluster.url, 'admin@bfp.example'),
      mail: smtp.messages,
    };
    report(target, await measure(target));
  } finally {
    await cluster.stop();
    await smtp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await buildCms();
if (process.env.BENCH_DATABASES !== 'postgres') await onSqlite();
if (process.env.BENCH_DATABASES !== 'sqlite') await onPostgres();
