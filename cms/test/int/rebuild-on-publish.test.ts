import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestPayload } from './testPayload.ts';
import { givePartnersDeployHooks, startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { paragraphsToRichText } from '../../src/seed/richText.ts';

const ALL = ['big-fostering-partnership', 'dudley', 'sir-enghraifft', 'staffordshire'];

let t: TestPayload;
let hooks: DeployHookReceiver;
const ids: Record<string, number> = {};

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
  Object.assign(ids, await givePartnersDeployHooks(t, hooks));
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});

async function pendingSites(): Promise<string[]> {
  const { docs } = await t.payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'pending' } },
    depth: 1,
  });
  return docs.map((d) => (typeof d.partner === 'object' ? d.partner.slug : String(d.partner))).sort();
}

async function queuedRebuildJobs(): Promise<number> {
  const { totalDocs } = await t.payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'rebuildSites' }, completedAt: { exists: false } },
  });
  return totalDocs;
}

/** Runs queued jobs and returns which partners' deploy hooks were called. */
async function runJobsAndCollectDeploys(): Promise<string[]> {
  hooks.calls.length = 0;
  await t.payload.jobs.run({ allQueues: true, limit: 10 });
  return hooks.calls.map((c) => c.path.replace('/deploy/', '')).sort();
}

const storyData = (overrides: Record<string, unknown> = {}) => ({
  title: 'A new story',
  slug: `story-${Math.random().toString(36).slice(2, 8)}`,
  summary: 'A summary.',
  body: paragraphsToRichText(['Body text.']),
  shownOn: 'all' as const,
  safeguarding: { namesChanged: true, reviewBy: new Date(Date.now() + 86_400_000 * 90).toISOString() },
  ...overrides,
});

describe('rebuild on publish', () => {
  beforeEach(async () => {
    // Start each case from quiet: nothing pending, no job waiting.
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    hooks.calls.length = 0;
  });

  it('seeding triggers no rebuild', async () => {
    expect(await queuedRebuildJobs()).toBe(0);
    expect(await pendingSites()).toEqual([]);
  });

  it('publishing a story for all partners rebuilds every site, through one job', async () => {
    await t.payload.create({ collection: 'stories', data: { ...storyData(), _status: 'published' } });
    expect(await pendingSites()).toEqual(ALL);
    expect(await queuedRebuildJobs()).toBe(1);
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
    const { docs } = await t.payload.find({ collection: 'site-builds', depth: 0 });
    expect(docs.every((d) => d.status === 'live' && d.lastLiveAt)).toBe(true);
  });

  it('a burst of edits queues one job and builds each site once', async () => {
    const story = await t.payload.create({
      collection: 'stories',
      data: { ...storyData({ shownOn: 'chosen', partners: [ids.dudley] }), _status: 'published' },
    });
    for (const title of ['Edit one', 'Edit two', 'Edit three']) {
      await t.payload.update({ collection: 'stories', id: story.id, data: { title, _status: 'published' } });
    }
    expect(await queuedRebuildJobs()).toBe(1);
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);
  });

  it('saving a draft of a published story rebuilds nothing; publishing it does', async () => {
    const story = await t.payload.create({ collection: 'stories', data: { ...storyData(), _status: 'published' } });
    await runJobsAndCollectDeploys();
    await t.payload.update({ collection: 'stories', id: story.id, data: { title: 'Draft title' }, draft: true });
    expect(await pendingSites()).toEqual([]);
    expect(await queuedRebuildJobs()).toBe(0);
    await t.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' } });
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
  });

  it('one action unpublishes a story from every site, and the public can no longer read it', async () => {
    const story = await t.payload.create({ collection: 'stories', data: { ...storyData(), _status: 'published' } });
    await runJobsAndCollectDeploys();
    await t.payload.update({ collection: 'stories', id: story.id, data: { _status: 'draft' } });
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
    const anonymous = await t.rest(`/api/stories?where[slug][equals]=${story.slug}`);
    expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(0);
  });

  it('a Dudley event rebuilds only Dudley; a partnership-wide event rebuilds all', async () => {
    const event = {
      title: 'Drop-in',
      summary: 'Come along.',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      format: 'in-person' as const,
      venue: 'Hall',
    };
    await t.payload.create({ collection: 'events', data: { ...event, partner: ids.dudley } });
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);
    await t.payload.create({ collection: 'events', data: { ...event, allPartners: true } });
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
  });

  it('editing one partner record rebuilds only that partner', async () => {
    await t.payload.update({
      collection: 'partners',
      id: ids.staffordshire,
      data: { localOffer: 'Free training and a local carers’ group.' },
    });
    expect(await runJobsAndCollectDeploys()).toEqual(['staffordshire']);
  });

  it('publishing campaign copy rebuilds all; saving a draft of it nothing', async () => {
    await t.payload.updateGlobal({ slug: 'home-page', data: { headline: 'Draft headline' }, draft: true });
    expect(await queuedRebuildJobs()).toBe(0);
    await t.payload.updateGlobal({ slug: 'home-page', data: { headline: 'Published headline', _status: 'published' } });
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
  });

  it('a failed deploy is recorded on the site build and the job, and the other site still publishes', async () => {
    hooks.failOn(['/deploy/dudley']);
    try {
      await t.payload.create({ collection: 'stories', data: { ...storyData(), _status: 'published' } });
      await t.payload.jobs.run({ allQueues: true, limit: 10 });
      const { docs } = await t.payload.find({ collection: 'site-builds', depth: 1 });
      const bySlug = Object.fromEntries(docs.map((d) => [typeof d.partner === 'object' ? d.partner.slug : '', d]));
      expect(bySlug.dudley!.status).toBe('failed');
      expect(bySlug.dudley!.lastError).toContain('500');
      expect(bySlug.staffordshire!.status).toBe('live');
      const { docs: jobs } = await t.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'rebuildSites' } },
        sort: '-createdAt',
        limit: 1,
      });
      expect(JSON.stringify(jobs[0]!.log ?? jobs[0]!.error)).toContain('Site build failed for dudley');
    } finally {
      hooks.failOn([]);
    }
    // Payload retries the job after a backoff; run that retry now rather than wait. The failed site then goes live.
    await t.payload.jobs.runByID({
      id: (
        await t.payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'rebuildSites' } },
          sort: '-createdAt',
          limit: 1,
        })
      ).docs[0]!.id,
    });
    const { docs } = await t.payload.find({
      collection: 'site-builds',
      where: { partner: { equals: ids.dudley } },
      depth: 0,
    });
    expect(docs[0]!.status).toBe('live');
  });
});

describe('scheduled publishing and images', () => {
  it('a story scheduled to publish goes live when its time comes, and rebuilds the sites then', async () => {
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    const story = await t.payload.create({ collection: 'stories', data: storyData(), draft: true });
    expect(await queuedRebuildJobs()).toBe(0);
    // What the admin's "Schedule publish" queues; its time has come.
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      // Payload stores the id as text in the job (#10481) and converts it back when the job runs.
      input: { type: 'publish', doc: { relationTo: 'stories', value: String(story.id) as unknown as number } },
      waitUntil: new Date(Date.now() - 1000),
    });
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    expect((await t.payload.findByID({ collection: 'stories', id: story.id, draft: false }))._status).toBe('published');
    expect(await runJobsAndCollectDeploys()).toEqual(ALL);
  });

  it("correcting an image's alt text rebuilds the sites that show it", async () => {
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
    await t.payload.update({ collection: 'media', id: docs[0]!.logo as number, data: { alt: 'Dudley Council logo' } });
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);
  });

  it('correcting the alt text of an image on the Home page rebuilds every site', async () => {
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
    const image = docs[0]!.logo as number;
    const home = await t.payload.findGlobal({ slug: 'home-page', depth: 0 });
    await t.payload.updateGlobal({
      slug: 'home-page',
      context: { disableRebuild: true },
      data: { layout: [...home.layout, { blockType: 'image', image }], _status: 'published' },
    });
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    try {
      await t.payload.update({
        collection: 'media',
        id: image,
        data: { alt: 'Dudley Council logo, on every home page' },
      });
      expect(await runJobsAndCollectDeploys()).toEqual(ALL);
    } finally {
      await t.payload.updateGlobal({
        slug: 'home-page',
        context: { disableRebuild: true },
        data: { layout: home.layout, _status: 'published' },
      });
    }
  });
});

describe("the partnership's own site follows the councils it lists", () => {
  const UMBRELLA = 'big-fostering-partnership';
  beforeEach(async () => {
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    hooks.calls.length = 0;
  });
  const quietly = { context: { disableRebuild: true } };

  it("a council's new postcode district rebuilds its own site and the partnership's", async () => {
    const { postcodeDistricts } = await t.payload.findByID({ collection: 'partners', id: ids.dudley, depth: 0 });
    await t.payload.update({
      collection: 'partners',
      id: ids.dudley,
      data: { postcodeDistricts: [...(postcodeDistricts ?? []), 'DY4'] },
    });
    try {
      expect(await runJobsAndCollectDeploys()).toEqual([UMBRELLA, 'dudley']);
    } finally {
      await t.payload.update({ collection: 'partners', id: ids.dudley, data: { postcodeDistricts }, ...quietly });
    }
  });

  it("a council deactivated, and activated again, rebuilds the partnership's site each time", async () => {
    try {
      await t.payload.update({ collection: 'partners', id: ids.staffordshire, data: { active: false } });
      // Its own site is not built again: the static host stops serving it.
      expect(await runJobsAndCollectDeploys()).toEqual([UMBRELLA]);
    } finally {
      await t.payload.update({ collection: 'partners', id: ids.staffordshire, data: { active: true } });
    }
    expect(await runJobsAndCollectDeploys()).toEqual([UMBRELLA, 'staffordshire']);
  });

  it("a council added, and later deleted, rebuilds the partnership's site each time", async () => {
    const dudley = await t.payload.findByID({ collection: 'partners', id: ids.dudley, depth: 0 });
    const { id: _id, createdAt: _c, updatedAt: _u, ...record } = dudley;
    const sandwell = await t.payload.create({
      collection: 'partners',
      data: {
        ...record,
        name: 'Sandwell Council',
        shortName: 'Sandwell',
        slug: 'sandwell',
        siteDomain: 'fostering.sandwell.example.org',
        postcodeDistricts: ['B70'],
        deployHookUrl: hooks.url('/deploy/sandwell'),
      },
    });
    expect(await runJobsAndCollectDeploys()).toEqual([UMBRELLA, 'sandwell']);
    await t.payload.delete({ collection: 'partners', id: sandwell.id });
    expect(await runJobsAndCollectDeploys()).toEqual([UMBRELLA]);
  });

  it("a council's own details (office hours) leave the partnership's site alone", async () => {
    const { contact } = await t.payload.findByID({ collection: 'partners', id: ids.dudley, depth: 0 });
    await t.payload.update({
      collection: 'partners',
      id: ids.dudley,
      data: { contact: { ...contact, officeHours: 'Weekdays 8am to 6pm' } },
    });
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);
  });
});
