import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authHeaders, type TestPayload } from './testPayload.ts';
import { startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { runNextBuild } from '../../src/jobs/worker.ts';
import { requestRebuild } from '../../src/jobs/rebuildSites/requestRebuild.ts';

/**
 * The Preview button answers at once and a page of its own follows the preview's build, however long it takes (a
 * request that waited could outlast nginx's read timeout and be sent again, queuing a second build). The preview is
 * a job of its own, run before live builds queued earlier, and nothing else is built with it. The stand-in publisher
 * records each preview and deploy (recordingPublisher.ts); the worker's own build step runs the jobs.
 */
let t: TestPayload;
let hooks: DeployHookReceiver;
let editor: Headers;
let storyId: number | string;

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
  editor = await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD);
  const { docs } = await t.payload.find({
    collection: 'stories',
    where: { shownOn: { equals: 'all' } },
    limit: 1,
    depth: 0,
  });
  storyId = docs[0]!.id;
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});
beforeEach(async () => {
  // Every test starts with no job waiting (the seed's rebuild included) and nothing recorded.
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true });
  hooks.calls.length = 0;
});

const pressPreview = (partner = 'dudley') =>
  t.rest(`/api/stories/preview?id=${storyId}&partner=${partner}`, { headers: editor });
const follow = (location: string, accept = 'text/html') =>
  t.rest(`/api/stories/preview${location}`, { headers: { ...Object.fromEntries(editor), Accept: accept } });
const previewJobs = async () =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildPreview' } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs;

describe('the Preview button', () => {
  it('answers at once with a page that follows this preview’s build, which nobody may store', async () => {
    const started = Date.now();
    const pressed = await pressPreview();
    expect(pressed.status).toBe(303);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(pressed.headers.get('cache-control')).toBe('no-store');
    const location = pressed.headers.get('location')!;
    expect(location).toMatch(/^\?id=\d+&partner=dudley&build=\d+$/);
    expect(await previewJobs()).toHaveLength(1);

    const page = await follow(location);
    expect(page.status).toBe(202);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html><html lang="en-GB">/);
    expect(html).toContain('<h1>Building the preview</h1>');
    expect(html).toContain(`<a href="${location.replaceAll('&', '&amp;')}">Check again</a>`);
    // Following the page again queues nothing more.
    expect((await follow(location, 'application/json').then((r) => r.json())) as unknown).toEqual({
      state: 'building',
    });
    expect(await previewJobs()).toHaveLength(1);
  });

  it('opens the preview once its own build is done, without building the live sites queued before it', async () => {
    const { docs: partners } = await t.payload.find({
      collection: 'partners',
      where: { slug: { in: ['dudley', 'staffordshire'] } },
      depth: 0,
    });
    await requestRebuild({
      payload: t.payload,
      partners: partners.map((partner) => partner.id),
      reason: 'an unrelated live change',
    });
    const location = (await pressPreview()).headers.get('location')!;

    expect(await runNextBuild(t.payload)).toBe(1);
    expect(hooks.calls.map((call) => call.path)).toEqual(['/preview/dudley']);
    const { docs: builds } = await t.payload.find({ collection: 'site-builds', depth: 0, pagination: false });
    expect(builds.filter((build) => build.status === 'pending')).toHaveLength(2);

    expect(await (await follow(location, 'application/json')).json()).toEqual({ state: 'ready' });
    const opened = await follow(location);
    expect(opened.status).toBe(302);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    const grant = new URL(opened.headers.get('location')!);
    expect(grant.host).toBe('preview-dudley.localhost:4999');
    expect(grant.pathname).toBe('/__preview/grant');

    // The live builds are the next job's.
    expect(await runNextBuild(t.payload)).toBe(1);
    expect(hooks.calls.map((call) => call.path).filter((path) => !path.startsWith('/preview/')).length).toBeGreaterThan(
      0,
    );
  });

  it('says why a preview failed, keeps saying so, and keeps no token in the failed job', async () => {
    const staff = await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD);
    // Only the job can find the token is not an editor's once it is queued: queue one as the endpoint would.
    const job = await t.payload.jobs.queue({
      task: 'buildPreview',
      input: { site: 'dudley', token: staff.get('Authorization')!.replace(/^JWT /, '') },
      queue: 'builds',
    });
    expect(await runNextBuild(t.payload)).toBe(1);
    const location = `?id=${storyId}&partner=dudley&build=${job.id}`;
    for (let round = 0; round < 2; round++) {
      const page = await follow(location);
      expect(page.status).toBe(502);
      expect(await page.text()).toMatch(/may not preview drafts/);
    }
    const kept = await t.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, depth: 0 });
    expect(kept.input).toEqual({ site: 'dudley' });
    expect(hooks.calls).toEqual([]);
  });

  it('does not follow another site’s preview under this partner’s name', async () => {
    const location = (await pressPreview('staffordshire')).headers.get('location')!;
    const page = await follow(location.replace('partner=staffordshire', 'partner=dudley'));
    expect(page.status).toBe(404);
  });
});
