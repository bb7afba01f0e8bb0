import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle';
import { migrateDownTo, runSql, selectSql, type TestPayload } from './testPayload.ts';
import { startForMigration, type CommittedMigrations } from './committedMigrations.ts';
import { sqlDatabase } from '../../src/database.ts';
import { seed } from '../../src/seed/index.ts';

/**
 * The committed migration that makes site domains unique, on a database migrated to just before it and holding the
 * domains an older release accepted: upper case, Unicode, one nginx refuses, and two partners sharing one.
 */
let t: TestPayload;
let all: CommittedMigrations;
let at: number;
beforeAll(async () => {
  ({ t, all, at } = await startForMigration('_partner_site_domain_unique'));
  await t.payload.db.migrate({ migrations: all as never });
  await seed(t.payload, { demoUsers: false });
  await migrateDownTo(t.payload, all, at);
});
afterAll(async () => {
  await t?.cleanup();
});

const run = (query: SQL) => runSql(t.payload, query);
const domains = async () => {
  const query = sql`SELECT slug, site_domain AS "siteDomain" FROM partners ORDER BY slug`;
  const rows = await selectSql<{ slug: string; siteDomain: string }>(t.payload, query);
  return Object.fromEntries(rows.map((row) => [row.slug, row.siteDomain]));
};
const store = (slug: string, siteDomain: string) =>
  run(sql`UPDATE partners SET site_domain = ${siteDomain} WHERE slug = ${slug}`);

describe('the site-domain migration', () => {
  it(
    'refuses to run while two partners share a domain (in any case), naming both, and changes nothing',
    { timeout: 120_000 },
    async () => {
      await store('dudley', 'Fostering.Shared.gov.uk');
      await store('staffordshire', 'fostering.shared.gov.uk');
      await store('big-fostering-partnership', 'BigFosteringPartnership.example.org');
      const before = await domains();
      const migration = all[at]!;
      const up = migration.up({ db: sqlDatabase(t.payload)!.drizzle as never, payload: t.payload, req: {} as never });
      await expect(up).rejects.toThrow(
        /share a site domain[\s\S]*fostering\.shared\.gov\.uk: Staffordshire County Council \(id \d+\), Dudley Metropolitan Borough Council \(id \d+\)/,
      );
      expect(await domains()).toEqual(before);
    },
  );

  it(
    'once they differ, stores every valid domain as nginx matches it, leaves one nginx refuses as it was, and adds the unique index',
    { timeout: 120_000 },
    async () => {
      await store('dudley', 'Fostering.Dudley.GOV.uk');
      await store('staffordshire', 'a..b.gov.uk');
      await store('big-fostering-partnership', 'pflege.bücher.example');
      await t.payload.db.migrate({ migrations: all as never });
      expect(await domains()).toEqual({
        'big-fostering-partnership': 'pflege.xn--bcher-kva.example',
        dudley: 'fostering.dudley.gov.uk',
        'sir-enghraifft': 'maethu.sir-enghraifft.example',
        staffordshire: 'a..b.gov.uk',
      });
      await expect(store('staffordshire', 'fostering.dudley.gov.uk')).rejects.toThrow();
      expect((await domains()).staffordshire).toBe('a..b.gov.uk');
    },
  );
});
