/**
 * `npm run bench` (first part): the enquiry endpoint under a TV-appeal burst, on the built CMS and SQLite on this
 * machine. 50 clients post enquiries back to back as fast as answers come (each client a different address and
 * person, as real carers would be), for a fixed number of requests. Prints sustained requests/s and p50/p99 latency,
 * then checks that every enquiry answered 201 is in the collection (count in = count stored).
 *
 * The CMS runs as `npm start` runs it (production build, jobs running, e-mail written to files), so the e-mail jobs
 * the burst queues compete with it for the same two cores, as they would on the day.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/fixtures';
import { buildCms } from '../cmsBuild.ts';
import { startCms } from '../cms.ts';
import { loginToken } from '../cmsLogin.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const PORT = 3350;
const SITE_ORIGIN_TEMPLATE = 'http://{slug}.localhost:4650';

function enquiry(n: number) {
  return {
    partner: n % 2 ? 'dudley' : 'staffordshire',
    answers: {
      postcode: n % 2 ? 'DY1 1AA' : 'ST16 3AA',
      ...ELIGIBLE_ANSWERS,
      home: n % 3 ? 'own' : 'social-rent',
      experience: n % 5 ? 'yes' : 'no',
    },
    contact: { fullName: `Bench Carer ${n}`, email: `bench.${n}@example.com`, phone: '01632 960 001', consent: true },
    privacyNoticeVersion: '2026-11',
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  await buildCms();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-bench-enquiries-'));
  const cms = await startCms({
    port: PORT,
    localSitesOrigin: SITE_ORIGIN_TEMPLATE,
    // The benchmark stands in for the proxy in front: it says which household each request is from.
    env: { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, MEDIA_DIR: path.join(dir, 'media'), MAIL_DIR: path.join(dir, 'mail'), TRUSTED_PROXIES: 'loopback' },
    log: () => {},
  });
  try {
    const endpoint = `${cms.url}/api/enquiries/submit`;
    // Warm up: the first requests compile routes and open the database.
    for (let i = 0; i < 5; i++) await post(endpoint, enquiry(-1 - i), `198.18.255.${i}`, 'warm');

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const references = new Set<string>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < REQUESTS) {
          const n = next++;
          // Every enquiry from its own address: a TV appeal is thousands of households, not 50 very keen ones.
          const address = `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
          const t0 = performance.now();
          const { status, reference } = await post(endpoint, enquiry(n), address, `bench-${n}`);
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 201 && reference) references.add(reference);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    const token = await loginToken(cms.url, 'admin@bfp.example');
    const stored = await storedReferences(cms.url, token);
    const missing = [...references].filter((reference) => !stored.has(reference));

    console.log(`
Enquiry endpoint, ${CLIENTS} concurrent clients, ${REQUESTS} enquiries (SQLite, built CMS, jobs running), this machine (${os.cpus().length} cores):
  sustained:      ${(REQUESTS / elapsed).toFixed(1)} requests/s over ${elapsed.toFixed(1)} s
  latency:        p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies[latencies.length - 1]!.toFixed(0)} ms
  responses:      ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}
  accepted (201): ${references.size}; of those in the collection afterwards: ${references.size - missing.length}${missing.length ? ` — MISSING ${missing.length}: ${missing.slice(0, 5).join(', ')}` : ' (count in = count stored)'}
`);
    if (missing.length || statuses.size !== 1 || !statuses.has(201)) process.exitCode = 1;
  } finally {
    await cms.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function post(endpoint: string, body: unknown, address: string, key: string): Promise<{ status: number; reference?: string }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, 'Idempotency-Key': `${key}-0123456789abcdef` },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { reference?: string };
  return { status: response.status, reference: json.reference };
}

async function storedReferences(cmsUrl: string, token: string): Promise<Set<string>> {
  const references = new Set<string>();
  for (let page = 1; ; page++) {
    const response = await fetch(`${cmsUrl}/api/enquiries?limit=500&page=${page}&depth=0&select[reference]=true`, { headers: { Authorization: `JWT ${token}` } });
    const body = (await response.json()) as { docs: Array<{ reference: string }>; hasNextPage: boolean };
    for (const doc of body.docs) references.add(doc.reference);
    if (!body.hasNextPage) return references;
  }
}

await main();
