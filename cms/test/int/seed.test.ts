import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.cleanup());

async function counts() {
  const collections = ['partners', 'stories', 'pages', 'media', 'users'] as const;
  return Object.fromEntries(
    await Promise.all(collections.map(async (c) => [c, (await t.payload.count({ collection: c })).totalDocs])),
  );
}

describe('seed', () => {
  it('creates the partners, the sample stories and pages, the campaign copy and demo users', async () => {
    const report = await seed(t.payload, { demoUsers: true });
    expect(report.created).toContain('partner staffordshire');
    expect(report.created).toContain('story tegans-story');
    expect(report.created).toContain('page step-down-fostering');
    // Six images: four logos, two story illustrations; the seventh is the Step Down page's illustration.
    expect(await counts()).toEqual({ partners: 4, stories: 2, pages: 4, media: 7, users: 4 });
    const stories = await t.payload.find({ collection: 'stories', depth: 0 });
    for (const story of stories.docs) {
      expect(story.isSample).toBe(true);
      expect(story.safeguarding?.namesChanged).toBe(true);
      expect(story._status).toBe('published');
      expect(story.shownOn).toBe('all');
    }
    const copy = await t.payload.findGlobal({ slug: 'home-page' });
    // The home page is blocks: the Bridge to Foster figure with its source, and the partner blocks each site fills in.
    expect(copy.layout.find((block) => block.blockType === 'keyFigure')).toMatchObject({
      figure: '85%',
      source: 'National Fostering Group',
    });
    expect(copy.layout.map((block) => block.blockType)).toEqual(
      expect.arrayContaining(['storyList', 'localOffer', 'events', 'faqs', 'partnerContact']),
    );
  });

  it('writes a sample bilingual council, and the sample Welsh of every story, page, FAQ, event and the home page', async () => {
    const welshCouncil = await t.payload.find({
      collection: 'partners',
      where: { slug: { equals: 'sir-enghraifft' } },
    });
    expect(welshCouncil.docs[0]?.languages).toEqual(['en', 'cy']);
    expect(welshCouncil.docs[0]?.name).toMatch(/sample/);
    for (const collection of ['stories', 'pages', 'faqs', 'events'] as const) {
      const { docs } = await t.payload.find({ collection, depth: 0, pagination: false });
      expect(docs.length, collection).toBeGreaterThan(0);
      for (const doc of docs) expect(doc.writtenIn, `${collection} ${doc.id}`).toEqual(['en', 'cy']);
    }
    const home = await t.payload.findGlobal({ slug: 'home-page', locale: 'cy', depth: 0 });
    expect(home.writtenIn).toEqual(['en', 'cy']);
    expect(home.headline).not.toBe((await t.payload.findGlobal({ slug: 'home-page', depth: 0 })).headline);
    const story = await t.payload.find({
      collection: 'stories',
      locale: 'cy',
      where: { slug: { equals: 'stori-tegan' } },
    });
    expect(story.docs[0]?.title).toBe('Stori Tegan');
  });

  it('is idempotent: a second run creates nothing and changes no counts', async () => {
    const before = await counts();
    const report = await seed(t.payload, { demoUsers: true });
    expect(report.created).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('does not overwrite what an editor changed', async () => {
    const { docs } = await t.payload.find({ collection: 'stories', where: { slug: { equals: 'tegans-story' } } });
    await t.payload.update({ collection: 'stories', id: docs[0]!.id, data: { title: 'Edited by marketing' } });
    await seed(t.payload, { demoUsers: true });
    const after = await t.payload.findByID({ collection: 'stories', id: docs[0]!.id });
    expect(after.title).toBe('Edited by marketing');
  });

  it('renders story rich text to HTML for the sites', async () => {
    const { docs } = await t.payload.find({ collection: 'stories', where: { slug: { equals: 'maliks-story' } } });
    expect(docs[0]!.bodyHtml).toContain('<p');
    expect(docs[0]!.bodyHtml).toContain('football');
  });
});
