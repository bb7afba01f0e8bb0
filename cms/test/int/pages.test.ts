import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authHeaders, type TestPayload } from './testPayload.ts';
import { givePartnersDeployHooks, startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { proseToRichText } from '../../src/seed/richText.ts';
import { ensureMedia, illustrationPng } from '../../src/seed/media.ts';
import { runNextBuild } from '../../src/jobs/worker.ts';

/**
 * Pages marketing staff build from blocks: they follow the stories' rules (drafts for editors only, shown on all
 * partners or chosen ones, a publish rebuilds exactly the sites they appear on) and may not take an address the
 * sites already use.
 */
let t: TestPayload;
let hooks: DeployHookReceiver;
let editor: Headers;
const ids: Record<string, number> = {};

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
  Object.assign(ids, await givePartnersDeployHooks(t, hooks));
  editor = await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD);
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});

beforeEach(async () => {
  await t.payload.jobs.run({ allQueues: true, limit: 10 });
  hooks.calls.length = 0;
});

async function runJobsAndCollectDeploys(): Promise<string[]> {
  hooks.calls.length = 0;
  await t.payload.jobs.run({ allQueues: true, limit: 10 });
  return hooks.calls.map((c) => c.path.replace('/deploy/', '')).sort();
}

const pageData = (overrides: Record<string, unknown> = {}) => ({
  title: 'Support groups',
  slug: `page-${Math.random().toString(36).slice(2, 8)}`,
  summary: 'Where carers meet.',
  layout: [
    { blockType: 'richText', content: proseToRichText(['Carers meet every month.']) },
    { blockType: 'keyFigure', figure: '12', label: 'groups a year', source: 'Sample' },
    { blockType: 'callToAction', heading: 'Start here', buttonLabel: 'Check if you could foster' },
  ],
  shownOn: 'all',
  ...overrides,
});

async function post(body: unknown, query = '') {
  const response = await t.rest(`/api/pages${query}`, {
    method: 'POST',
    headers: { ...Object.fromEntries(editor), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      doc?: { id: number; slug: string };
      errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>;
    },
  };
}

describe('pages', () => {
  it('seeds four sample pages, each built from several blocks and marked as sample', async () => {
    const { docs } = await t.payload.find({ collection: 'pages', sort: 'navigationOrder', depth: 0 });
    expect(docs.map((d) => d.slug)).toEqual([
      'step-down-fostering',
      'support-bridge-to-foster',
      'allowances-and-fees',
      'from-enquiry-to-approval',
    ]);
    for (const doc of docs) {
      expect(doc.summary).toMatch(/^Sample page/);
      expect(new Set(doc.layout.map((b) => b.blockType)).size).toBeGreaterThanOrEqual(3);
    }
    const bridge = docs.find((d) => d.slug === 'support-bridge-to-foster')!;
    expect(bridge.layout.find((b) => b.blockType === 'keyFigure')).toMatchObject({
      figure: '85%',
      source: expect.stringContaining('National Fostering Group'),
    });
  });

  it("a page shown on chosen partners is in only their sites' content, and publishing it rebuilds only them", async () => {
    const { status, body } = await post({
      ...pageData({ shownOn: 'chosen', partners: [ids.dudley] }),
      _status: 'published',
    });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);

    // What the sites' content loader reads (anonymously, depth 1): the page names the partner sites that show it.
    const response = await t.rest(`/api/pages?depth=1&where[slug][equals]=${body.doc!.slug}`);
    const { docs } = (await response.json()) as {
      docs: Array<{
        shownOn: string;
        partners: Array<{ slug: string }>;
        layout: Array<{ blockType: string; contentHtml?: string }>;
      }>;
    };
    expect(docs).toHaveLength(1);
    expect(docs[0]!.shownOn).toBe('chosen');
    expect(docs[0]!.partners.map((p) => p.slug)).toEqual(['dudley']);
    // Rich text reaches the sites as HTML, as a story's body does.
    expect(docs[0]!.layout[0]!.contentHtml).toContain('<p>Carers meet every month.</p>');

    // Moving it to Staffordshire rebuilds both: Dudley loses it, Staffordshire gains it.
    await t.payload.update({
      collection: 'pages',
      id: body.doc!.id,
      data: { partners: [ids.staffordshire], _status: 'published' },
    });
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley', 'staffordshire']);
  });

  it('saving a draft of a published page rebuilds nothing; publishing it does', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { ...pageData({ shownOn: 'chosen', partners: [ids.staffordshire] }), _status: 'published' } as never,
    });
    await runJobsAndCollectDeploys();
    await t.payload.update({ collection: 'pages', id: page.id, data: { title: 'A draft title' }, draft: true });
    expect(await runJobsAndCollectDeploys()).toEqual([]);
    await t.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } });
    expect(await runJobsAndCollectDeploys()).toEqual(['staffordshire']);
  });

  it('lets editors write pages and nobody else (partner staff included)', async () => {
    const staff = await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD);
    const response = await t.rest('/api/pages', {
      method: 'POST',
      headers: { ...Object.fromEntries(staff), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...pageData(), _status: 'published' }),
    });
    expect(response.status).toBe(403);
    expect(
      (
        await t.rest('/api/pages', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(pageData()),
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a slug the sites already use, with a 400 naming the problem, drafts included', async () => {
    for (const slug of ['check', 'stories', 'privacy']) {
      for (const query of ['', '?draft=true']) {
        const { status, body } = await post({ ...pageData({ slug }), _status: query ? 'draft' : 'published' }, query);
        expect(status).toBe(400);
        expect(body.errors![0]!.message).toBe(
          `This page cannot be saved. "${slug}" is already an address on every site (/${slug}/). Choose another slug for this page.`,
        );
        expect(body.errors![0]!.data!.errors!.map((e) => e.path)).toEqual(['slug']);
      }
    }
    // A title that would give a reserved slug gets the next free one instead.
    const { status, body } = await post({ ...pageData({ slug: undefined, title: 'Check' }), _status: 'published' });
    expect(status).toBe(201);
    expect(body.doc!.slug).toBe('check-2');
  });

  it("refuses a key figure's source link that is not https://", async () => {
    const layout = [{ blockType: 'keyFigure', figure: '1', label: 'x', source: 'y', sourceUrl: 'javascript:alert(1)' }];
    const { status, body } = await post({ ...pageData({ layout }), _status: 'draft' }, '?draft=true');
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toMatch(/Source link must start with https:\/\//);
  });

  it('anonymous readers never see a draft page, its draft edits or its versions', async () => {
    const draft = await t.payload.create({
      collection: 'pages',
      draft: true,
      data: { ...pageData({ title: 'NEVER PUBLISHED page' }), _status: 'draft' } as never,
    });
    const live = await t.payload.create({
      collection: 'pages',
      data: { ...pageData({ title: 'Live page' }), _status: 'published' } as never,
    });
    await t.payload.update({
      collection: 'pages',
      id: live.id,
      draft: true,
      data: { title: 'DRAFT EDIT of a live page' },
    });
    for (const query of ['', '?draft=true']) {
      const list = await (await t.rest(`/api/pages${query}${query ? '&' : '?'}limit=100`)).text();
      expect(list).not.toMatch(/NEVER PUBLISHED|DRAFT EDIT/);
      expect(list).toContain('Live page');
      const byId = await t.rest(`/api/pages/${draft.id}${query}`);
      expect(byId.status).toBeGreaterThanOrEqual(400);
      expect(((await (await t.rest(`/api/pages/${live.id}${query}`)).json()) as { title: string }).title).toBe(
        'Live page',
      );
    }
    expect((await t.rest('/api/pages/versions')).status).toBe(403);
    const gql = await t.graphql(
      `{ Pages(draft: true, limit: 100) { docs { title } } page: Page(id: ${live.id}, draft: true) { title } }`,
    );
    expect(JSON.stringify(gql)).not.toMatch(/NEVER PUBLISHED|DRAFT EDIT/);
    expect((gql.data?.page as { title: string }).title).toBe('Live page');
    const versions = await t.graphql('{ versionsPages { docs { version { title } } } }');
    expect(JSON.stringify(versions)).not.toMatch(/NEVER PUBLISHED|DRAFT EDIT/);
    expect(versions.errors.length).toBeGreaterThan(0);
    // An editor reads the draft.
    const asEditor = (await (await t.rest(`/api/pages/${live.id}?draft=true`, { headers: editor })).json()) as {
      title: string;
    };
    expect(asEditor.title).toBe('DRAFT EDIT of a live page');
  });

  it("an image in a page is public once the page is published, and correcting its alt text rebuilds that page's sites", async () => {
    const imageId = await ensureMedia(t.payload, {
      filename: 'page-test-image.png',
      alt: 'A test shape',
      render: illustrationPng({ from: '#123456', to: '#654321' }),
    });
    const layout = [{ blockType: 'image', image: imageId, caption: 'A caption' }];
    const page = await t.payload.create({
      collection: 'pages',
      draft: true,
      data: { ...pageData({ layout, shownOn: 'chosen', partners: [ids.dudley] }), _status: 'draft' } as never,
    });
    expect((await t.rest(`/api/media/${imageId}`)).status).toBeGreaterThanOrEqual(400);
    await t.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } });
    await runJobsAndCollectDeploys();
    expect((await t.rest(`/api/media/${imageId}`)).status).toBe(200);
    await t.payload.update({ collection: 'media', id: imageId, data: { alt: 'A corrected description' } });
    expect(await runJobsAndCollectDeploys()).toEqual(['dudley']);
  });

  it('a page scheduled to publish goes live when its time comes, and rebuilds its sites then', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      draft: true,
      data: { ...pageData({ shownOn: 'chosen', partners: [ids.staffordshire] }), _status: 'draft' } as never,
    });
    expect(await runJobsAndCollectDeploys()).toEqual([]);
    // What the admin's "Schedule publish" queues; its time has come.
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      // Payload stores the id as text in the job (#10481) and converts it back when the job runs.
      input: { type: 'publish', doc: { relationTo: 'pages', value: String(page.id) as unknown as number } },
      waitUntil: new Date(Date.now() - 1000),
    });
    await t.payload.jobs.run({ allQueues: true, limit: 10 });
    expect((await t.payload.findByID({ collection: 'pages', id: page.id, draft: false }))._status).toBe('published');
    expect(await runJobsAndCollectDeploys()).toEqual(['staffordshire']);
  });

  it("Preview offers only the partners a page is shown on, and opens the chosen one's preview at the page's address", async () => {
    const page = await t.payload.create({
      collection: 'pages',
      draft: true,
      data: {
        ...pageData({ title: 'A draft to preview', shownOn: 'chosen', partners: [ids.dudley] }),
        _status: 'draft',
      } as never,
    });
    const choice = await (await t.rest(`/api/pages/preview?id=${page.id}`, { headers: editor })).text();
    expect(choice).toContain('Preview “A draft to preview”');
    expect(choice).toContain('partner=dudley');
    expect(choice).not.toContain('partner=staffordshire');

    const pressed = await t.rest(`/api/pages/preview?id=${page.id}&partner=dudley`, {
      headers: editor,
      redirect: 'manual',
    });
    expect(pressed.status).toBe(303);
    // The worker's part (its own build step, previews first); then the page that follows the job opens the preview.
    await runNextBuild(t.payload);
    const answer = await t.rest(`/api/pages/preview${pressed.headers.get('location')}`, {
      headers: editor,
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe('http://preview-dudley.localhost:4999/__preview/grant');
    expect(location.searchParams.get('next')).toBe(`/${page.slug}/`);
    expect(hooks.calls.map((call) => call.path)).toContain('/preview/dudley');
  });
});

describe("each council's own data for the partner blocks", () => {
  const allowances = {
    appliesFrom: '2026-04-06T00:00:00.000Z',
    bands: [{ ageBand: '0 to 4', weeklyAllowance: 180, weeklyFee: 260 }],
  };
  const patch = async (collection: string, id: number, data: unknown, headers: Headers) =>
    t.rest(`/api/${collection}/${id}`, {
      method: 'PATCH',
      headers: { ...Object.fromEntries(headers), 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    });

  it("a partner's staff edit their own allowances, support offer and groups, and not another council's, nor anything shared", async () => {
    const staff = await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD);
    const own = await patch(
      'partners',
      ids.dudley!,
      {
        allowances,
        supportOffer: 'A social worker of your own.',
        localGroups: [{ name: 'Coffee morning', meets: 'Tuesdays' }],
      },
      staff,
    );
    expect(own.status, await own.clone().text()).toBe(200);
    const after = await t.payload.findByID({ collection: 'partners', id: ids.dudley!, depth: 0 });
    expect([after.allowances?.bands?.[0]?.weeklyAllowance, after.supportOffer, after.localGroups?.[0]?.name]).toEqual([
      180,
      'A social worker of your own.',
      'Coffee morning',
    ]);

    const before = await t.payload.findByID({ collection: 'partners', id: ids.staffordshire!, depth: 0 });
    expect((await patch('partners', ids.staffordshire!, { allowances }, staff)).status).toBe(403);
    expect((await t.payload.findByID({ collection: 'partners', id: ids.staffordshire!, depth: 0 })).allowances).toEqual(
      before.allowances,
    );

    const page = await t.payload.create({
      collection: 'pages',
      data: { ...pageData(), _status: 'published' } as never,
    });
    expect((await patch('pages', page.id, { title: 'Changed by a council' }, staff)).status).toBe(403);
    const home = await t.rest('/api/globals/home-page', {
      method: 'POST',
      headers: { ...Object.fromEntries(staff), 'Content-Type': 'application/json' },
      body: JSON.stringify({ headline: 'Changed by a council' }),
    });
    expect(home.status).toBe(403);
    expect((await t.payload.findGlobal({ slug: 'home-page' })).headline).not.toBe('Changed by a council');
  });

  it('refuses rates with no date they apply from, naming the field, and changes nothing', async () => {
    const before = await t.payload.findByID({ collection: 'partners', id: ids.staffordshire!, depth: 0 });
    const response = await patch(
      'partners',
      ids.staffordshire!,
      { allowances: { bands: allowances.bands, appliesFrom: null } },
      await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Enter the date these rates apply from');
    expect((await t.payload.findByID({ collection: 'partners', id: ids.staffordshire!, depth: 0 })).allowances).toEqual(
      before.allowances,
    );
  });

  it('the site-builds list names the data a partner is missing for the pages shown on it', async () => {
    await t.payload.update({
      collection: 'partners',
      id: ids.staffordshire!,
      data: { allowances: { appliesFrom: null, bands: [] } } as never,
    });
    await t.payload.update({ collection: 'partners', id: ids.dudley!, data: { allowances } as never });
    await t.payload.create({
      collection: 'pages',
      data: {
        ...pageData({
          title: 'What you are paid',
          layout: [{ blockType: 'allowancesTable', heading: 'Rates', fallback: 'Ask us.' }],
        }),
        _status: 'published',
      } as never,
    });
    await runJobsAndCollectDeploys();
    const missing = async (id: number) =>
      (await t.payload.find({ collection: 'site-builds', where: { partner: { equals: id } }, depth: 0 })).docs[0]
        ?.missingData ?? null;
    expect(await missing(ids.staffordshire!)).toMatch(
      /^No allowances and fees .*shown on .*“What you are paid”.*fallback text is shown instead/,
    );
    expect((await missing(ids.dudley!)) ?? 'nothing missing').not.toMatch(/allowances/);
  });
});
