import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle';
import { migrateDownTo, runSql, startTestPayload, type TestPayload } from './testPayload.ts';
import { postJson, validEnquiry } from './fixtures.ts';
import { seed } from '../../src/seed/index.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

/**
 * The migration that records each live site's privacy-notice version, on a database migrated to just before it with
 * the site builds a production database has: a live site's version is its partner's current one (a change of notice
 * would have marked it pending); any other's is not known, so nothing is guessed for it.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ migrated: true });
});
afterAll(async () => {
  await t?.cleanup();
});

it(
  'records the partner’s current version for each live site, and none for a site whose build is not live',
  { timeout: 120_000 },
  async () => {
    const all = t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations;
    const at = all.findIndex((migration) => migration.name.endsWith('_site_builds_live_notice_version'));
    expect(at).toBeGreaterThan(0);
    await t.payload.db.migrate({ migrations: all as never });
    await seed(t.payload, { demoUsers: false });
    const partners = await t.payload.find({ collection: 'partners', depth: 0, pagination: false });
    await migrateDownTo(t.payload, all, at);
    const idOf = (slug: string) => partners.docs.find((partner) => partner.slug === slug)!.id;

    // The rows as the rebuild jobs left them before this migration (the same SQL on both adapters).
    const run = (query: SQL) => runSql(t.payload, query);
    await run(sql`INSERT INTO site_builds (partner_id, status, last_live_at, reason) VALUES
    (${idOf('dudley')}, 'live', '2026-12-01T10:00:00.000Z', 'partners dudley changed'),
    (${idOf('staffordshire')}, 'failed', '2026-11-20T10:00:00.000Z', 'partners staffordshire changed')`);

    await t.payload.db.migrate({ migrations: all as never });

    const builds = await t.payload.find({ collection: 'site-builds', depth: 0, pagination: false });
    const bySlug = Object.fromEntries(
      builds.docs.map((build) => [partners.docs.find((p) => p.id === build.partner)!.slug, build]),
    );
    expect(bySlug.dudley).toMatchObject({
      status: 'live',
      reason: 'partners dudley changed',
      liveNoticeVersion: '2026-11',
    });
    expect(bySlug.staffordshire).toMatchObject({ status: 'failed', reason: 'partners staffordshire changed' });
    expect(bySlug.staffordshire!.liveNoticeVersion ?? null).toBeNull();

    // Dudley changes its notice after the upgrade: its live pages' version is accepted until the rebuilt site is live.
    await t.payload.update({
      collection: 'partners',
      id: idOf('dudley'),
      data: { privacy: { noticeVersion: '2027-01' } },
      context: { disableRebuild: true },
    });
    expect(
      (
        await t.rest(
          '/api/enquiries/submit',
          postJson(validEnquiry({ partner: 'dudley', privacyNoticeVersion: '2026-11' })),
        )
      ).status,
    ).toBe(201);
  },
);
