import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { migrateDownTo, selectSql, type TestPayload } from './testPayload.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import { seed } from '../../src/seed/index.ts';

/**
 * The committed migration that turns localization on keeps every text a database holds as its English version: the
 * seeded stories, pages and their blocks, FAQs, events, the home page (published, and each version), the partners'
 * own texts and the images' descriptions. Run over the rows as the release before stored them (seeded, then the
 * migration undone, which puts each English text back in its own column), then forward again.
 */
let t: TestPayload;
let all: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all, at } = await startForMigration('_localization'));
  await t.payload.db.migrate({ migrations: all as never });
  await seed(t.payload, { demoUsers: false });
});
afterAll(async () => {
  await t?.cleanup();
});

/** Everything marketing and the partners wrote, as Payload reads it in one language, without falling back. */
async function everything(locale: 'en' | 'cy') {
  const read = { locale, fallbackLocale: false as const, depth: 0, pagination: false as const, sort: 'id' };
  const strip = <T extends { writtenIn?: unknown; translation?: unknown }>(docs: T[]) =>
    docs.map(({ writtenIn: _writtenIn, translation: _translation, ...doc }) => doc);
  return {
    stories: strip((await t.payload.find({ collection: 'stories', ...read, draft: true })).docs),
    pages: strip((await t.payload.find({ collection: 'pages', ...read, draft: true })).docs),
    faqs: strip((await t.payload.find({ collection: 'faqs', ...read })).docs),
    events: strip((await t.payload.find({ collection: 'events', ...read })).docs),
    // A partner's languages are new with the migration: every partner from before is English only.
    partners: (await t.payload.find({ collection: 'partners', ...read })).docs.map(
      ({ languages: _languages, ...partner }) => partner,
    ),
    media: (await t.payload.find({ collection: 'media', ...read })).docs.map(({ id, alt }) => ({ id, alt })),
    home: (({ writtenIn: _writtenIn, translation: _translation, ...home }) => home)(
      await t.payload.findGlobal({ slug: 'home-page', locale, fallbackLocale: false, depth: 0 }),
    ),
    homeVersions: (
      await t.payload.findGlobalVersions({ slug: 'home-page', locale, fallbackLocale: false, depth: 0, limit: 100 })
    ).docs.map(({ version }) => [version.headline, version.layout?.length]),
  };
}

describe('the localization migration', () => {
  it(
    'puts each English text back in its own column on the way down, and keeps every one as English on the way up',
    { timeout: 120_000 },
    async () => {
      expect(at).toBeGreaterThan(0);
      const before = await everything('en');
      expect(before.stories.length).toBeGreaterThan(0);
      expect(before.pages.some((page) => (page.layout?.length ?? 0) > 0)).toBe(true);

      await migrateDownTo(t.payload, all, at);
      // The release before: the texts in the tables' own columns.
      const storyTitles = await selectSql<{ title: string }>(t.payload, sql`SELECT title FROM stories ORDER BY id`);
      expect(storyTitles.map((row) => row.title)).toEqual(before.stories.map((story) => story.title));
      const [home] = await selectSql<{ headline: string }>(t.payload, sql`SELECT headline FROM home_page`);
      expect(home!.headline).toBe(before.home.headline);
      const offers = await selectSql<{ offer: string | null }>(
        t.payload,
        sql`SELECT local_offer AS offer FROM partners ORDER BY id`,
      );
      expect(offers.map((row) => row.offer ?? null)).toEqual(before.partners.map((p) => p.localOffer ?? null));

      await t.payload.db.migrate({ migrations: all as never });
      expect(await everything('en')).toEqual(before);
    },
  );

  it(
    'leaves Welsh empty, never a copy of the English, and records each document as written in English',
    { timeout: 120_000 },
    async () => {
      const welsh = await everything('cy');
      expect(welsh.stories.every((story) => story.title == null && story.slug == null)).toBe(true);
      expect(welsh.home.headline ?? null).toBeNull();
      // The configured fallback for Welsh is no language: a read that names none still gives no English.
      const asConfigured = await t.payload.find({ collection: 'stories', locale: 'cy', depth: 0, pagination: false });
      expect(asConfigured.docs.map((story) => story.title ?? null).filter(Boolean)).toEqual([]);
      expect(welsh.partners.every((partner) => partner.localOffer == null)).toBe(true);
      const writtenIn = await t.payload.find({ collection: 'stories', depth: 0, pagination: false, draft: true });
      expect(new Set(writtenIn.docs.map((story) => JSON.stringify(story.writtenIn)))).toEqual(new Set(['["en"]']));
      expect(new Set(writtenIn.docs.map((story) => story.translation))).toEqual(new Set(['missing']));
      const partners = await t.payload.find({ collection: 'partners', depth: 0, pagination: false });
      expect(new Set(partners.docs.map((partner) => JSON.stringify(partner.languages)))).toEqual(new Set(['["en"]']));
    },
  );
});
