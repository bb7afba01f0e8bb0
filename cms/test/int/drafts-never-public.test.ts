import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { ensureMedia, illustrationPng } from '../../src/seed/media.ts';

let t: TestPayload;
const as: Record<string, Headers> = {};
const ids: Record<
  'story' | 'draftOnly' | 'liveImage' | 'draftImage' | 'draftOnlyImage' | 'textImage',
  number | string
> = {} as never;
const files: Record<string, string> = {};
const context = { disableRebuild: true };

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
});
const body = (...children: Array<{ type: string; version: number }>) => ({
  root: { type: 'root', version: 1, direction: null, format: '' as const, indent: 0, children },
});
const uploadNode = (id: number | string) => ({
  type: 'upload',
  version: 3,
  relationTo: 'media',
  value: id,
  fields: null,
  format: '',
});
const safeguarding = {
  namesChanged: true,
  imageConsent: 'illustration' as const,
  reviewBy: '2030-01-01T00:00:00.000Z',
};

beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
  for (const who of ['admin', 'editor', 'staffordshire', 'dudley'])
    as[who] = await authHeaders(t.rest, `${who}@bfp.example`, DEMO_PASSWORD);
  const image = (name: string) =>
    ensureMedia(t.payload, {
      filename: `${name}.png`,
      alt: name,
      render: illustrationPng({ from: '#123456', to: '#654321' }),
    });
  ids.liveImage = await image('live-story-image');
  ids.textImage = await image('image-in-live-text');
  ids.draftImage = await image('image-of-a-draft-edit');
  ids.draftOnlyImage = await image('image-of-an-unpublished-story');
  for (const key of ['liveImage', 'textImage', 'draftImage', 'draftOnlyImage'] as const) {
    files[key] = (await t.payload.findByID({ collection: 'media', id: ids[key], depth: 0 })).filename!;
  }

  const story = await t.payload.create({
    collection: 'stories',
    context,
    data: {
      title: 'Live title',
      slug: 'live-story',
      summary: 'Live summary',
      body: body(paragraph('Live text'), uploadNode(ids.textImage)),
      image: ids.liveImage as number,
      shownOn: 'all',
      safeguarding,
      _status: 'published',
    },
  });
  ids.story = story.id;
  // An editor's unpublished change to the live story: a new title and a new image.
  await t.payload.update({
    collection: 'stories',
    id: story.id,
    draft: true,
    context,
    data: { title: 'DRAFT EDIT title', image: ids.draftImage as number, _status: 'draft' },
  });
  const draftOnly = await t.payload.create({
    collection: 'stories',
    draft: true,
    context,
    data: {
      title: 'NEVER PUBLISHED story',
      slug: 'never-published',
      summary: 'Secret',
      body: body(paragraph('Secret text')),
      image: ids.draftOnlyImage as number,
      shownOn: 'all',
      _status: 'draft',
    },
  });
  ids.draftOnly = draftOnly.id;
  const published = await t.payload.findGlobal({ slug: 'home-page', depth: 0 });
  await t.payload.updateGlobal({
    slug: 'home-page',
    draft: true,
    context,
    data: { headline: 'DRAFT HEADLINE not yet approved', _status: 'draft' },
  });
  expect(published.headline).not.toContain('DRAFT');
});
afterAll(() => t.cleanup());

const readers = [
  ['anonymous', () => undefined],
  ['partner staff', () => as.dudley],
  ['partner staff of another council', () => as.staffordshire],
] as const;
const writers = [
  ['an editor', () => as.editor],
  ['an admin', () => as.admin],
] as const;

async function json(pathname: string, headers?: Headers) {
  const response = await t.rest(pathname, { headers });
  return {
    status: response.status,
    text: await response.clone().text(),
    body: response.status === 200 ? ((await response.json()) as Record<string, unknown>) : null,
  };
}

describe.each(readers)('%s never sees a draft', (_who, headers) => {
  it('over REST: lists, reads by id and ?draft=true give the published version only', async () => {
    for (const query of ['', '?draft=true']) {
      const list = await json(`/api/stories${query}${query ? '&' : '?'}limit=100`, headers());
      expect(list.text).not.toMatch(/DRAFT EDIT|NEVER PUBLISHED|Secret text/);
      expect(list.text).toContain('Live title');
      const byId = await json(`/api/stories/${ids.story}${query}`, headers());
      expect(byId.body?.title).toBe('Live title');
      const unpublished = await json(`/api/stories/${ids.draftOnly}${query}`, headers());
      expect(unpublished.status).toBeGreaterThanOrEqual(400);
      expect(unpublished.text).not.toMatch(/NEVER PUBLISHED|Secret/);
    }
  });

  it('over REST: campaign copy ?draft=true is the published copy, and no versions are listed', async () => {
    const copy = await json('/api/globals/home-page?draft=true', headers());
    expect(copy.status).toBe(200);
    expect(copy.text).not.toContain('DRAFT HEADLINE');
    expect(copy.body?.headline).toBeTruthy();
    for (const path of ['/api/globals/home-page/versions', '/api/stories/versions']) {
      const versions = await json(path, headers());
      expect(versions.status, path).toBe(403);
      expect(versions.text).not.toMatch(/DRAFT|NEVER PUBLISHED/);
    }
  });

  it('over GraphQL: collections, globals and versions give the published version only', async () => {
    const result = await t.graphql(
      `{ Stories(draft: true, limit: 100) { docs { title } }
         story: Story(id: ${JSON.stringify(ids.story)}, draft: true) { title }
         HomePage(draft: true) { headline } }`,
      { headers: headers() },
    );
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/DRAFT|NEVER PUBLISHED|Secret/);
    expect((result.data?.story as { title: string }).title).toBe('Live title');
    const versions = await t.graphql(
      '{ versionsStories { docs { version { title } } } versionsHomePage { docs { version { headline } } } }',
      { headers: headers() },
    );
    expect(JSON.stringify(versions)).not.toMatch(/DRAFT|NEVER PUBLISHED/);
    expect(versions.errors.length).toBeGreaterThan(0);
  });

  it('media used only by drafts is neither listed nor served; media in published use is', async () => {
    const list = await json('/api/media?limit=200', headers());
    const listed = ((list.body?.docs ?? []) as Array<{ id: unknown }>).map((doc) => String(doc.id));
    expect(listed).toEqual(expect.arrayContaining([String(ids.liveImage), String(ids.textImage)]));
    expect(listed).not.toContain(String(ids.draftImage));
    expect(listed).not.toContain(String(ids.draftOnlyImage));
    for (const hidden of ['draftImage', 'draftOnlyImage'] as const) {
      expect((await t.rest(`/api/media/${ids[hidden]}`, { headers: headers() })).status).toBeGreaterThanOrEqual(400);
      expect((await t.rest(`/api/media/file/${files[hidden]}`, { headers: headers() })).status).toBeGreaterThanOrEqual(
        400,
      );
    }
    for (const shown of ['liveImage', 'textImage'] as const)
      expect((await t.rest(`/api/media/file/${files[shown]}`, { headers: headers() })).status).toBe(200);
    const gql = await t.graphql('{ allMedia(limit: 200) { docs { id } } }', { headers: headers() });
    const gqlIds = ((gql.data?.allMedia as { docs: Array<{ id: unknown }> }).docs ?? []).map((doc) => String(doc.id));
    expect(gqlIds).toContain(String(ids.liveImage));
    expect(gqlIds).not.toContain(String(ids.draftOnlyImage));
  });
});

describe('the Local API, as a site build would call it (no user, access enforced)', () => {
  it('returns published content only, even asked for drafts', async () => {
    const stories = await t.payload.find({
      collection: 'stories',
      draft: true,
      overrideAccess: false,
      pagination: false,
    });
    expect(JSON.stringify(stories.docs)).not.toMatch(/DRAFT EDIT|NEVER PUBLISHED/);
    const copy = await t.payload.findGlobal({ slug: 'home-page', draft: true, overrideAccess: false });
    expect(copy.headline).not.toContain('DRAFT');
    const media = await t.payload.find({ collection: 'media', overrideAccess: false, pagination: false });
    expect(media.docs.map((doc) => String(doc.id))).not.toContain(String(ids.draftOnlyImage));
  });
});

describe.each(writers)('%s, who writes content, reads drafts', (_who, headers) => {
  it('over REST and GraphQL, with their images', async () => {
    expect((await json(`/api/stories/${ids.story}?draft=true`, headers())).body?.title).toBe('DRAFT EDIT title');
    expect((await json(`/api/stories/${ids.draftOnly}?draft=true`, headers())).body?.title).toBe(
      'NEVER PUBLISHED story',
    );
    expect((await json('/api/globals/home-page?draft=true', headers())).body?.headline).toBe(
      'DRAFT HEADLINE not yet approved',
    );
    const result = await t.graphql('{ HomePage(draft: true) { headline } }', { headers: headers() });
    expect((result.data?.HomePage as { headline: string }).headline).toBe('DRAFT HEADLINE not yet approved');
    expect((await t.rest(`/api/media/file/${files.draftOnlyImage}`, { headers: headers() })).status).toBe(200);
  });
});

it('publishing a story makes its image public', async () => {
  await t.payload.update({
    collection: 'stories',
    id: ids.draftOnly,
    context,
    data: { safeguarding, _status: 'published' },
  });
  expect((await t.rest(`/api/media/file/${files.draftOnlyImage}`)).status).toBe(200);
  expect((await json(`/api/stories/${ids.draftOnly}`)).body?.title).toBe('NEVER PUBLISHED story');
});
