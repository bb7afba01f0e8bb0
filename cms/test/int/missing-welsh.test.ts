import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalReq } from 'payload';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';
import { paragraphsToRichText } from '../../src/seed/richText.ts';
import { reviewDateFromNow } from '../../src/seed/reviewDate.ts';
import { ensureMedia, illustrationPng } from '../../src/seed/media.ts';
import { missingTranslations, writtenContent } from '../../src/jobs/rebuildSites/missingTranslations.ts';
import type { Partner } from '../../src/payload-types.ts';

/**
 * What a bilingual council's site leaves out until it is translated: each document is recorded with the languages it
 * is whole in as it is saved, the admin's list filters on that, and Site builds names what is missing per partner.
 */
let t: TestPayload;
let partners: Record<string, Partner>;
beforeAll(async () => {
  t = await startTestPayload();
  await seed(t.payload, { demoUsers: false });
  const { docs } = await t.payload.find({ collection: 'partners', depth: 0, pagination: false });
  partners = Object.fromEntries(docs.map((partner) => [partner.slug, partner]));
});
afterAll(() => t?.cleanup());

const context = { disableRebuild: true };
const missing = async (slug: string) => {
  const req = await createLocalReq({}, t.payload);
  return missingTranslations(t.payload, req, partners[slug]!, () => writtenContent(t.payload, req));
};

describe('Missing Welsh', () => {
  it('is nothing for the seeded sample, whose every document has its Welsh, nor for an English-only council', async () => {
    expect(await missing('sir-enghraifft')).toBeNull();
    expect(await missing('dudley')).toBeNull();
  });

  it('names a story written in English only, until its Welsh is in; the admin’s list finds it by its languages', async () => {
    const story = await t.payload.create({
      collection: 'stories',
      context,
      data: {
        title: 'A new story in English',
        slug: 'a-new-story-in-english',
        summary: 'Written today.',
        body: paragraphsToRichText(['Only in English so far.']),
        shownOn: 'all',
        safeguarding: { namesChanged: true, reviewBy: reviewDateFromNow() },
        _status: 'published',
      },
    });
    expect(story.writtenIn).toEqual(['en']);
    expect(await missing('sir-enghraifft')).toBe('Missing Welsh: story “A new story in English”');
    expect(await missing('dudley')).toBeNull();
    expect(story.translation).toBe('missing');
    const untranslated = await t.payload.find({ collection: 'stories', where: { translation: { equals: 'missing' } } });
    expect(untranslated.docs.map((doc) => doc.id)).toEqual([story.id]);

    // Welsh in, but not its text: still missing. Then all of it: whole in both.
    const partial = await t.payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'cy',
      context,
      data: { title: 'Stori newydd', summary: 'Ysgrifennwyd heddiw.', _status: 'draft' },
      draft: true,
    });
    expect(partial.writtenIn).toEqual(['en']);
    const whole = await t.payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'cy',
      context,
      data: { body: paragraphsToRichText(['Yn Gymraeg hefyd.']), _status: 'published' },
    });
    expect(whole.writtenIn).toEqual(['en', 'cy']);
    expect(whole.translation).toBe('complete');
    expect(await missing('sir-enghraifft')).toBeNull();
  });

  it('names an image a Welsh page shows with no Welsh description (what shows it is left out until it has one)', async () => {
    const image = await ensureMedia(t.payload, {
      filename: 'described-in-english.png',
      alt: 'Two hands around a mug of tea',
      render: illustrationPng({ from: '#1d70b8', to: '#00703c' }),
    });
    const { docs } = await t.payload.find({
      collection: 'stories',
      where: { and: [{ shownOn: { equals: 'all' } }, { writtenIn: { contains: 'cy' } }, { image: { exists: true } }] },
      depth: 0,
      limit: 1,
    });
    const story = docs[0]!;
    const before = story.image;
    await t.payload.update({ collection: 'stories', id: story.id, context, data: { image } });
    expect(await missing('sir-enghraifft')).toBe('Missing Welsh: the description of image “described-in-english.png”');
    expect(await missing('dudley')).toBeNull();
    await t.payload.update({
      collection: 'media',
      id: image,
      locale: 'cy',
      context,
      data: { alt: 'Dwy law o gwmpas mwg o de' },
    });
    expect(await missing('sir-enghraifft')).toBeNull();
    await t.payload.update({ collection: 'stories', id: story.id, context, data: { image: before } });
  });

  it('names the partner’s own texts that have English and no Welsh', async () => {
    const council = partners['sir-enghraifft']!;
    await t.payload.update({ collection: 'partners', id: council.id, locale: 'cy', context, data: { localOffer: '' } });
    expect(await missing('sir-enghraifft')).toBe('Missing Welsh: the partner’s local offer');
  });
});
