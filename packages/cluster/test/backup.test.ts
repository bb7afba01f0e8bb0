import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@bfp/cms/demo-users';
import { startPostgres } from '@bfp/services/postgres';
import { startSmtpServer, type ReceivedMail } from '@bfp/services/smtp';
import { testPort } from '@bfp/services/test-ports';
import { repoRoot } from '@bfp/local-stack/repo';
import type { RunningCluster } from '../src/cluster.ts';
import { enquiryBurst, type EnquiryOutcome } from '../src/enquiryLoad.ts';
import { testCluster } from './testCluster.ts';

/**
 * The backup drill of the production tier: `npm run backup` (pg_dump) taken during a burst of enquiries, `npm run
 * restore` into a fresh PostgreSQL on another data folder, and the cluster started on the restored database. Every
 * enquiry a carer was told was received (201) before the backup started must be there with every column as it was
 * (its outbox state included, whatever the outbox's columns are), the restored worker must send what was still due and
 * nothing already sent, and the sites must build from the restored database.
 */
const PORTS = {
  postgres: testPort(54370),
  instances: [testPort(3221), testPort(3222)],
  nginx: testPort(8380),
  sites: testPort(8381),
  smtp: testPort(2550),
};

const inbox: ReceivedMail[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let cluster: RunningCluster | undefined;
const setup = testCluster({
  name: 'backup',
  ports: PORTS,
  cmsEnv: {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(PORTS.smtp),
    ENQUIRY_RATE_LIMIT: '1000/600',
    EMAIL_RETRY_BASE_SECONDS: '1',
    EMAIL_RETRY_MAX_SECONDS: '3',
    EMAIL_CLAIM_SECONDS: '8',
  },
});
const { dir } = setup;

beforeAll(async () => {
  smtp = await startSmtpServer({ port: PORTS.smtp, messages: inbox });
  // Started here, not in the test: it builds the CMS first when its sources changed (a minute or two).
  cluster = await setup.start({ dataDir: path.join(dir, 'before'), cmsEnv: { REBUILD_ALL_ON_START: 'false' } });
});
afterAll(async () => {
  await setup.remove();
  await smtp?.stop();
});

/** The operator's command, from the repository root, as docs/operator.md gives it. */
function npmRun(
  script: 'backup' | 'restore',
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
      { cwd: repoRoot, env: { ...process.env, BFP_ENV: 'local', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function enquiryRows(databaseUrl: string, references: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('select * from enquiries where reference = any($1) order by id', [references])).rows;
  } finally {
    await client.end();
  }
}

const copiesFor = (reference: string) => inbox.filter((mail) => mail.subject?.includes(reference));
const acknowledgedBefore = (outcomes: EnquiryOutcome[], moment: number) =>
  outcomes.filter((o) => o.reference && o.acknowledgedAt! < moment).map((o) => o.reference!);

function getSite(host: string, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: PORTS.sites, path: pathname, headers: { host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('backup and restore of the production tier', () => {
  it('restores a backup taken during a burst into a fresh PostgreSQL, and the cluster runs on it', async () => {
    const started = Date.now();
    const step = (what: string) =>
      console.log(`[backup drill] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
    if (!cluster) throw new Error('the cluster did not start');
    const endpoint = `${cluster.url}/api/enquiries/submit`;
    step('drill starts, cluster up');

    // Some enquiries e-mailed already (their outbox says sent), then the worker stopped, so what the backup holds
    // stays as it was until this test has read it: the rest are still due when the backup is taken.
    const sent = await enquiryBurst({ url: endpoint, count: 20, clients: 5, run: 'backup-sent' });
    await expect
      .poll(() => sent.filter((o) => copiesFor(o.reference!).length < 2).length, { timeout: 60_000, interval: 500 })
      .toBe(0);
    await cluster.workers[0]!.suspend();
    step('first enquiries e-mailed, worker stopped');

    // Carers keep sending, round after round, until the backup has finished.
    const outcomes: EnquiryOutcome[] = [];
    let backingUp = true;
    const load = (async () => {
      for (let round = 0; backingUp; round++)
        outcomes.push(...(await enquiryBurst({ url: endpoint, count: 10, clients: 5, run: `backup-burst-${round}` })));
    })();
    await expect.poll(() => outcomes.length, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(20);
    const backupStartedAt = Date.now();
    const backup = await npmRun('backup', {
      DATABASE_URL: cluster.databaseUrl,
      MEDIA_DIR: path.join(dir, 'before', 'media'),
      BACKUP_DIR: path.join(dir, 'backups'),
    });
    const backupFinishedAt = Date.now();
    backingUp = false;
    await load;
    step(
      `backup took ${((backupFinishedAt - backupStartedAt) / 1000).toFixed(1)} s; ${outcomes.length} enquiries sent around it`,
    );
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const backupDir = /Backup complete: (.+)/.exec(backup.stdout)![1]!.trim();
    // The burst really ran through the backup: carers were being answered while pg_dump ran.
    expect(outcomes.some((o) => o.acknowledgedAt! > backupStartedAt && o.acknowledgedAt! < backupFinishedAt)).toBe(
      true,
    );
    for (const outcome of outcomes) expect(outcome.reference).toBeTruthy();

    const expected = [...sent.map((o) => o.reference!), ...acknowledgedBefore(outcomes, backupStartedAt)];
    const rowsBefore = await enquiryRows(cluster.databaseUrl, expected);
    expect(rowsBefore).toHaveLength(expected.length);
    await setup.stop();
    cluster = undefined;

    // Another machine's empty PostgreSQL: restore creates the database the cluster then starts on.
    const after = path.join(dir, 'after');
    fs.mkdirSync(after, { mode: 0o711 });
    const fresh = await startPostgres({ dir: path.join(after, 'postgres'), port: PORTS.postgres });
    const restore = await npmRun('restore', { DATABASE_URL: fresh.url('bfp'), MEDIA_DIR: path.join(after, 'media') }, [
      backupDir,
    ]);
    await fresh.stop();
    step('restored');
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    cluster = await setup.start({ dataDir: after });
    step('cluster up on the restored database');
    expect(await enquiryRows(cluster.databaseUrl, expected)).toEqual(rowsBefore);

    // The restored outbox carries on: what was due is sent once, what was sent is not sent again.
    const due = acknowledgedBefore(outcomes, backupStartedAt);
    await expect
      .poll(() => due.filter((reference) => copiesFor(reference).length < 2).length, { timeout: 90_000, interval: 500 })
      .toBe(0);
    for (const reference of [...sent.map((o) => o.reference!), ...due])
      expect(copiesFor(reference), reference).toHaveLength(2);

    // The sites build from the restored database (every site is rebuilt when the worker starts).
    const login = await fetch(`${cluster.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bfp.example', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    await expect
      .poll(
        async () => {
          const builds = (await (
            await fetch(`${cluster!.url}/api/site-builds?limit=100&depth=0`, {
              headers: { Authorization: `JWT ${token}` },
            })
          ).json()) as { docs: Array<{ status: string }> };
          return builds.docs.length > 0 && builds.docs.every((build) => build.status === 'live');
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(true);
    step('outbox drained and every site live');
    expect(await getSite(`dudley.localhost:${PORTS.sites}`, '/')).toBe(200);
  });
});
