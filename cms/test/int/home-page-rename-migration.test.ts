import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { migrateDownTo, runSql, selectSql, type TestPayload } from './testPayload.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import { homePage } from '../../src/seed/home-page.ts';

/**
 * The migration that renames the Home page global from "campaign-copy" to "home-page", on a database migrated to just
 * before it that holds what a live one does: a published home page with blocks, a newer draft, its versions, an
 * editor's preferences for it, a lock on it and a scheduled publish of it. Everything is still there afterwards,
 * under the new name only.
 */
let t: TestPayload;
let all: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all, at } = await startForMigration('_home_page_rename'));
});
afterAll(async () => {
  await t?.cleanup();
});

const context = { disableRebuild: true };
const read = async () => ({
  published: await t.payload.findGlobal({ slug: 'home-page', depth: 0 }),
  draft: await t.payload.findGlobal({ slug: 'home-page', depth: 0, draft: true }),
  versions: (await t.payload.findGlobalVersions({ slug: 'home-page', depth: 0, sort: 'createdAt', limit: 100 })).docs,
});
/** Every table, index, key, sequence and type in the database whose name still says campaign_copy. */
const oldNames = async () =>
  t.payload.db.name === 'postgres'
    ? selectSql<{ name: string }>(
        t.payload,
        sql`SELECT relname AS name FROM pg_class WHERE relname LIKE '%campaign_copy%' UNION ALL SELECT conname FROM pg_constraint WHERE conname LIKE '%campaign_copy%' UNION ALL SELECT typname FROM pg_type WHERE typname LIKE '%campaign_copy%'`,
      )
    : selectSql<{ name: string }>(
        t.payload,
        sql`SELECT name FROM sqlite_master WHERE name LIKE '%campaign_copy%' OR sql LIKE '%campaign_copy%'`,
      );
const jobInput = async () =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
  ).docs.map((job) => job.input);

describe('the home_page_rename migration', () => {
  it(
    'keeps the published home page, its draft, its versions and the rows that name it, under the new name',
    { timeout: 120_000 },
    async () => {
      expect(at).toBeGreaterThan(0);
      await t.payload.db.migrate({ migrations: all as never });

      // Written by Payload, then taken back to the release before: its tables under their old names.
      const editor = await t.payload.create({
        collection: 'users',
        data: { email: 'rename.editor@bfp.example', password: 'a-password-for-tests', role: 'editor' },
        overrideAccess: true,
      });
      await t.payload.updateGlobal({ slug: 'home-page', context, data: { ...homePage, _status: 'published' } });
      await t.payload.updateGlobal({
        slug: 'home-page',
        context,
        data: { headline: 'Published second headline', _status: 'published' },
      });
      await t.payload.updateGlobal({
        slug: 'home-page',
        context,
        draft: true,
        data: { headline: 'A draft nobody has approved', _status: 'draft' },
      });
      await t.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', global: 'home-page', user: { relationTo: 'users', value: editor.id } },
        waitUntil: new Date(Date.now() + 86_400_000),
      });
      const before = await read();
      expect(before.published.headline).toBe('Published second headline');
      expect(before.draft.headline).toBe('A draft nobody has approved');
      expect(before.versions.length).toBe(3);
      await migrateDownTo(t.payload, all, at);
      expect((await oldNames()).length).toBeGreaterThan(0);
      // What the old release stored about the global under its old slug.
      await t.payload.create({
        collection: 'payload-preferences',
        // Payload takes the preference's owner from the request's user.
        data: {
          key: 'global-campaign-copy',
          user: { relationTo: 'users', value: editor.id },
          value: { editViewType: 'default' },
        },
        user: { ...editor, collection: 'users' },
        overrideAccess: true,
      });
      await runSql(
        t.payload,
        sql`INSERT INTO payload_locked_documents (global_slug, updated_at, created_at) VALUES ('campaign-copy', ${new Date().toISOString()}, ${new Date().toISOString()})`,
      );
      await runSql(
        t.payload,
        t.payload.db.name === 'postgres'
          ? sql`UPDATE payload_jobs SET input = jsonb_set(input, '{global}', '"campaign-copy"') WHERE task_slug = 'schedulePublish'`
          : sql`UPDATE payload_jobs SET input = json_set(input, '$.global', 'campaign-copy') WHERE task_slug = 'schedulePublish'`,
      );
      expect((await jobInput())[0]).toMatchObject({ global: 'campaign-copy' });

      await t.payload.db.migrate({ migrations: all as never });

      const after = await read();
      expect(after).toEqual(before);
      expect(after.published.layout.map((block) => block.blockType)).toEqual(
        homePage.layout.map((block) => block.blockType),
      );
      expect(await oldNames()).toEqual([]);
      expect(
        (
          await t.payload.find({
            collection: 'payload-preferences',
            where: { key: { like: 'global-' } },
            overrideAccess: true,
          })
        ).docs.map((preference) => preference.key),
      ).toEqual(['global-home-page']);
      expect(
        (await t.payload.find({ collection: 'payload-locked-documents', overrideAccess: true })).docs.map(
          (lock) => lock.globalSlug,
        ),
      ).toEqual(['home-page']);
      expect(await jobInput()).toEqual([expect.objectContaining({ type: 'publish', global: 'home-page' })]);
    },
  );

  it('goes back to the old names with every row, and forward again', { timeout: 120_000 }, async () => {
    const before = await read();
    await migrateDownTo(t.payload, all, at);
    const [counted] = await selectSql<{ versions: number }>(
      t.payload,
      sql`SELECT count(*) AS versions FROM _campaign_copy_v`,
    );
    expect(Number(counted!.versions)).toBe(before.versions.length);
    expect((await jobInput())[0]).toMatchObject({ global: 'campaign-copy' });
    await t.payload.db.migrate({ migrations: all as never });
    expect(await read()).toEqual(before);
    expect(await oldNames()).toEqual([]);
  });
});
