import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { ensureMedia, illustrationPng } from '../../src/seed/media.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: true });
});
afterAll(() => t.cleanup());

it('refuses to delete an image that is a partner’s logo, naming the partner, and deletes nothing', async () => {
  const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: 'dudley' } }, depth: 0 });
  const logo = docs[0]!.logo as number;
  const response = await t.rest(`/api/media/${logo}`, {
    method: 'DELETE',
    headers: await authHeaders(t.rest, 'admin@bfp.example', DEMO_PASSWORD),
  });
  expect(response.status).toBe(409);
  expect(JSON.stringify(await response.json())).toContain('Dudley Metropolitan Borough Council');
  expect((await t.payload.count({ collection: 'media', where: { id: { equals: logo } } })).totalDocs).toBe(1);
});

describe('an image on the Home page', () => {
  const context = { disableRebuild: true };
  const image = async (name: string) => {
    const id = await ensureMedia(t.payload, {
      filename: `${name}.png`,
      alt: name,
      render: illustrationPng({ from: '#204060', to: '#604020' }),
    });
    return { id, file: (await t.payload.findByID({ collection: 'media', id, depth: 0 })).filename! };
  };
  const withImageBlock = async (id: number | string) => {
    const home = await t.payload.findGlobal({ slug: 'home-page', depth: 0 });
    return [...home.layout, { blockType: 'image' as const, image: id as number, caption: 'On every home page' }];
  };

  it('is readable anonymously, record and file, once the Home page showing it is published', async () => {
    const shown = await image('home-page-published-image');
    expect((await t.rest(`/api/media/${shown.id}`)).status).toBe(404);
    await t.payload.updateGlobal({
      slug: 'home-page',
      context,
      data: { layout: await withImageBlock(shown.id), _status: 'published' },
    });
    const record = await t.rest(`/api/media/${shown.id}?depth=0`);
    expect(record.status).toBe(200);
    expect(((await record.json()) as { alt: string }).alt).toBe('home-page-published-image');
    expect((await t.rest(`/api/media/file/${shown.file}`)).status).toBe(200);
    // The sites' build reads the Home page at depth 1: the image comes as a document with its URL, not an id.
    const home = (await (await t.rest('/api/globals/home-page?depth=1')).json()) as {
      layout: Array<{ blockType: string; image?: unknown }>;
    };
    const block = home.layout.find((b) => b.blockType === 'image');
    expect(block?.image).toMatchObject({ id: shown.id, url: expect.stringContaining(shown.file) });
  });

  it('stays private while only a draft of the Home page shows it', async () => {
    const hidden = await image('home-page-draft-image');
    await t.payload.updateGlobal({
      slug: 'home-page',
      draft: true,
      context,
      data: { layout: await withImageBlock(hidden.id), _status: 'draft' },
    });
    expect((await t.rest(`/api/media/${hidden.id}`)).status).toBe(404);
    expect((await t.rest(`/api/media/file/${hidden.file}`)).status).toBeGreaterThanOrEqual(400);
    const list = (await (await t.rest('/api/media?limit=200&depth=0')).json()) as {
      docs: Array<{ id: number | string }>;
    };
    expect(list.docs.map((doc) => String(doc.id))).not.toContain(String(hidden.id));
  });
});
