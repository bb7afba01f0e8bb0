import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

/**
 * A fresh production database has no users. Nobody may claim it over the web (Payload's first-register is refused),
 * and the operator creates the first admin with `npm run create-admin`, run here as an operator would: under the
 * repo's pinned Node, against the same database, its password on stdin.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ production: true });
  await t.payload.db.migrate({
    migrations: (t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations) as never,
  });
});
afterAll(async () => {
  await t?.cleanup();
});

const userCount = async () => (await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs;

function createAdmin(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // The database and secrets startTestPayload chose (BFP_ENV=production among them), as the operator's shell holds them.
  const env = { ...process.env, VITEST: undefined, NODE_ENV: 'production' as const };
  const child = spawn('npm', ['run', '--silent', 'create-admin', '--', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

function login(email: string, password: string) {
  return t.rest('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

describe('the first admin of a production database', () => {
  it('is refused over the web: first-register answers 403 naming the operator command and creates nobody', async () => {
    expect(await userCount()).toBe(0);
    const answer = await t.rest('/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'attacker@evil.example', password: 'a-long-attacker-password-1', role: 'admin' }),
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('set-cookie')).toBeNull();
    const body = (await answer.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toContain('npm run create-admin');
    expect(await userCount()).toBe(0);
  });

  it.each([
    [
      'an address that is not one',
      ['--email', 'not-an-address'],
      'correct horse battery staple',
      /not an e-mail address/,
    ],
    ['no address', [], 'correct horse battery staple', /--email/],
    ['an empty password', ['--email', 'ops@council.example'], '', /password is empty/],
    ['a short password', ['--email', 'ops@council.example'], 'short-pw', /too short/],
    ["the README's demo password", ['--email', 'ops@council.example'], 'demo-password-change-me', /too easy to guess/],
    ['one character repeated', ['--email', 'ops@council.example'], 'aaaaaaaaaaaaaaaa', /four different/],
    [
      'an option it does not take',
      ['--email', 'ops@council.example', '--role', 'editor'],
      'correct horse battery staple',
      /Unknown option '--role'/,
    ],
  ])('create-admin refuses %s with a message, creating nobody', async (_what, args, password, message) => {
    const result = await createAdmin(args, password);
    expect(result.code, result.stderr).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(await userCount()).toBe(0);
  });

  it('create-admin makes an admin who can sign in, reading the password from stdin', async () => {
    const result = await createAdmin(
      ['--email', 'First.Admin@Council.example', '--name', 'First Admin'],
      'correct horse battery staple\n',
    );
    expect(result.code, result.stderr).toBe(0);
    // The Payload CLI has been seen to exit 0 having done nothing: the command's own report is the proof.
    expect(result.stdout).toMatch(/Created admin first\.admin@council\.example \(id \d+\)/);
    const answer = await login('first.admin@council.example', 'correct horse battery staple');
    expect(answer.status).toBe(200);
    const { user } = (await answer.json()) as { user: { role: string; name: string } };
    expect(user).toMatchObject({ role: 'admin', name: 'First Admin' });
    // The line ending a pipe adds is not part of the password.
    expect((await login('first.admin@council.example', 'correct horse battery staple\n')).status).toBe(401);
  }, 120_000);

  it('create-admin changes nothing for an address that already has an account', async () => {
    const result = await createAdmin(['--email', 'first.admin@council.example'], 'another long password here');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already has an account/);
    expect(await userCount()).toBe(1);
    expect((await login('first.admin@council.example', 'correct horse battery staple')).status).toBe(200);
  }, 120_000);

  it('first-register stays refused once an admin exists', async () => {
    const answer = await t.rest('/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'late@evil.example', password: 'a-long-attacker-password-1' }),
    });
    expect(answer.status).toBe(403);
    expect(await userCount()).toBe(1);
  });
});
