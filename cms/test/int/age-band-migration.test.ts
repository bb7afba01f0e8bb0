import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@payloadcms/db-sqlite/drizzle';
import { migrateDownTo, selectSql, type TestPayload } from './testPayload.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import { seed } from '../../src/seed/index.ts';

/**
 * The committed migration that writes an allowance band's age in each language keeps every band's age, as the release
 * before stored it (in the band's own row), as its English version. Run over the seeded partners' bands taken back to
 * that release, then forward again.
 */
let t: TestPayload;
let all: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all, at } = await startForMigration('_age_band_languages'));
  await t.payload.db.migrate({ migrations: all as never });
  await seed(t.payload, { demoUsers: false });
});
afterAll(async () => {
  await t?.cleanup();
});

/** Each partner's bands as Payload reads them in one language, without falling back. */
async function bands(locale: 'en' | 'cy') {
  const { docs } = await t.payload.find({
    collection: 'partners',
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: 'slug',
  });
  return Object.fromEntries(docs.map((partner) => [partner.slug, partner.allowances?.bands ?? []]));
}

describe('the age-band languages migration', () => {
  it(
    'puts each band’s English age back in its row on the way down, and keeps it as English on the way up',
    { timeout: 120_000 },
    async () => {
      expect(at).toBeGreaterThan(0);
      const before = await bands('en');
      expect(before.dudley!.map((band) => band.ageBand)).toContain('16 and over');
      expect((await bands('cy'))['sir-enghraifft']!.map((band) => band.ageBand)).toContain('16 a hŷn');

      await migrateDownTo(t.payload, all, at);
      const rows = await selectSql<{ id: string; ageBand: string }>(
        t.payload,
        sql`SELECT id, age_band AS "ageBand" FROM partners_allowances_bands`,
      );
      const english = Object.values(before).flat();
      expect(rows.length).toBe(english.length);
      for (const band of english) expect(rows.find((row) => row.id === band.id)?.ageBand).toBe(band.ageBand);

      await t.payload.db.migrate({ migrations: all as never });
      expect(await bands('en')).toEqual(before);
      // Welsh had nowhere to go in the release before, so a Welsh age is written again after it; never the English.
      const welsh = await bands('cy');
      expect(
        Object.values(welsh)
          .flat()
          .every((band) => band.ageBand == null),
      ).toBe(true);
      expect(welsh['sir-enghraifft']!.map((band) => band.weeklyAllowance)).toEqual(
        before['sir-enghraifft']!.map((band) => band.weeklyAllowance),
      );
    },
  );
});
