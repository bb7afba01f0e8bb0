import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jwtSign } from 'payload';
import { authHeaders, type TestPayload } from './testPayload.ts';
import { startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';

/**
 * Who can have drafts built into a preview: only a current session of an editor or admin, as Payload itself confirms
 * in the worker. The stand-in publisher records each preview it is asked to build (POST /preview/<slug>).
 */
let t: TestPayload;
let hooks: DeployHookReceiver;

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});
beforeEach(() => {
  hooks.calls.length = 0;
});

const tokenOf = async (email: string) =>
  (await authHeaders(t.rest, email, DEMO_PASSWORD)).get('Authorization')!.replace(/^JWT /, '');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const previewsBuilt = () =>
  hooks.calls.filter((call) => call.path.startsWith('/preview/')).map((call) => call.path.replace('/preview/', ''));

/** Queues a preview job as the Preview endpoint does, runs it once, and says how it ended. */
async function runPreviewJob(token: string, site = 'dudley'): Promise<{ built: string[]; error?: string }> {
  const job = (await t.payload.jobs.queue({
    task: 'buildPreview' as never,
    input: { site, token } as never,
    queue: 'builds',
  })) as { id: number | string };
  await t.payload.jobs.runByID({ id: job.id, silent: true });
  // Completed jobs are deleted; a failed one keeps its log.
  const after = await t.payload.findByID({
    collection: 'payload-jobs',
    id: job.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  });
  const failed = after?.log?.find((entry) => entry.state === 'failed');
  if (after) await t.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true });
  return {
    built: previewsBuilt(),
    error: failed
      ? String((failed.error as { message?: string }).message)
      : after
        ? 'the job did not finish'
        : undefined,
  };
}

describe('a preview is built only for a token the CMS confirms belongs to an editor', () => {
  it("builds an editor's preview", async () => {
    expect(await runPreviewJob(await tokenOf('editor@bfp.example'))).toEqual({ built: ['dudley'], error: undefined });
  });

  it("builds an admin's preview", async () => {
    expect((await runPreviewJob(await tokenOf('admin@bfp.example'), 'staffordshire')).built).toEqual(['staffordshire']);
  });

  it('builds nothing for a forged token: claims rewritten, signature kept', async () => {
    const staff = await tokenOf('dudley@bfp.example');
    const { docs } = await t.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@bfp.example' } },
      overrideAccess: true,
    });
    const [header, , signature] = staff.split('.');
    const claims = Buffer.from(
      JSON.stringify({ ...claimsOf(staff), id: docs[0]!.id, email: 'editor@bfp.example', role: 'editor' }),
    ).toString('base64url');
    const outcome = await runPreviewJob(`${header}.${claims}.${signature}`);
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/The preview was not built: its token is not a signed-in session/);
  });

  it('builds nothing for a token signed with another secret', async () => {
    const editor = await tokenOf('editor@bfp.example');
    const { token } = await jwtSign({
      fieldsToSign: claimsOf(editor),
      secret: 'not-the-cms-secret-at-all-0123456789',
      tokenExpiration: 3600,
    });
    const outcome = await runPreviewJob(token);
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/not a signed-in session/);
  });

  it("builds nothing for an expired token of an editor's open session", async () => {
    const { exp: _exp, iat: _iat, ...claims } = claimsOf(await tokenOf('editor@bfp.example'));
    const { token } = await jwtSign({ fieldsToSign: claims, secret: t.payload.secret, tokenExpiration: -60 });
    const outcome = await runPreviewJob(token);
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/not a signed-in session/);
  });

  it('builds nothing for the token of an editor who has logged out', async () => {
    const token = await tokenOf('editor@bfp.example');
    expect(
      (await t.rest('/api/users/logout', { method: 'POST', headers: { Authorization: `JWT ${token}` } })).status,
    ).toBe(200);
    const outcome = await runPreviewJob(token);
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/not a signed-in session/);
  });

  it("builds nothing for partner staff's token, and says why", async () => {
    const outcome = await runPreviewJob(await tokenOf('dudley@bfp.example'));
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/dudley@bfp\.example may not preview drafts/);
  });

  it('builds nothing for a site that is not an active partner', async () => {
    const outcome = await runPreviewJob(await tokenOf('editor@bfp.example'), '../live/dudley');
    expect(outcome.built).toEqual([]);
    expect(outcome.error).toMatch(/is not an active partner's site/);
  });
});

describe('no HTTP request starts a build, and the jobs that hold tokens are for admins only', () => {
  it('lets only admins read the jobs list (a preview job holds an editor token)', async () => {
    const token = await tokenOf('editor@bfp.example');
    await t.payload.jobs.queue({
      task: 'buildPreview' as never,
      input: { site: 'dudley', token } as never,
      queue: 'builds',
      waitUntil: new Date(Date.now() + 3_600_000),
    });
    for (const email of ['editor@bfp.example', 'dudley@bfp.example']) {
      const headers = await authHeaders(t.rest, email, DEMO_PASSWORD);
      const answer = await t.rest('/api/payload-jobs', { headers });
      expect(answer.status, email).toBe(403);
      expect(await answer.text(), email).not.toContain(token);
    }
    expect((await t.rest('/api/payload-jobs')).status).toBe(403);
    const graphql = await t.rest('/api/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...Object.fromEntries(await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD)),
      },
      body: JSON.stringify({ query: '{ PayloadJobs { docs { input } } }' }),
    });
    expect(await graphql.text()).not.toContain(token);
    const admin = await t.rest('/api/payload-jobs', {
      headers: await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD),
    });
    expect(admin.status).toBe(200);
    await t.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildPreview' } },
      overrideAccess: true,
    });
  });

  it('refuses to run jobs or schedules over HTTP, even for an admin', async () => {
    const admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
    for (const path of ['/api/payload-jobs/run?allQueues=true', '/api/payload-jobs/handle-schedules?allQueues=true']) {
      expect((await t.rest(path)).status, `anonymous ${path}`).toBe(401);
      expect((await t.rest(path, { headers: admin })).status, `admin ${path}`).toBe(401);
    }
  });

  it('refuses to create jobs over REST', async () => {
    const admin = await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD);
    admin.set('Content-Type', 'application/json');
    const body = JSON.stringify({
      taskSlug: 'buildPreview',
      queue: 'builds',
      input: { site: 'dudley', token: 'forged' },
    });
    expect(
      (await t.rest('/api/payload-jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }))
        .status,
    ).toBe(403);
    expect((await t.rest('/api/payload-jobs', { method: 'POST', headers: admin, body })).status).toBe(403);
  });
});
