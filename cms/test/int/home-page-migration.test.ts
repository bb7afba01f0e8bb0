import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle';
import { runSql, startTestPayload, type TestPayload } from './testPayload.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';

/**
 * The committed migration that builds the home page from blocks keeps the copy a live database already has: the old
 * fixed sections and the Bridge to Foster figure come out the other side as the home page's layout. Run on a database
 * migrated to just before it, with copy written in the old shape, as a production database would be.
 */
let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ migrated: true });
});
afterAll(async () => {
  await t?.cleanup();
});

describe('the home page migration', () => {
  it('moves the existing sections and Bridge to Foster copy into the home page’s blocks', async () => {
    const all = t.payload.db.name === 'postgres' ? postgresMigrations : sqliteMigrations;
    const at = all.findIndex((migration) => migration.name.endsWith('_partner_blocks_and_home_layout'));
    expect(at).toBeGreaterThan(0);
    await t.payload.db.migrate({ migrations: all.slice(0, at) as never });

    // The old shape, as the home page's copy was stored before this migration (the same SQL on both adapters).
    const run = (query: SQL) => runSql(t.payload, query);
    await run(sql`INSERT INTO campaign_copy (id, headline, intro, bridge_to_foster_heading, bridge_to_foster_body, bridge_to_foster_success_rate, checker_intro, _status)
      VALUES (1, 'Old headline', 'Old intro', 'Bridge to Foster', 'Support at every step.', 85, 'Answer a few questions.', 'published')`);
    await run(sql`INSERT INTO campaign_copy_sections (_order, _parent_id, id, heading, body) VALUES (1, 1, 'a', 'Why the partnership', 'One paragraph.

Another paragraph.'), (2, 1, 'b', 'Step Down fostering', 'A move towards something better.')`);

    await t.payload.db.migrate({ migrations: all as never });

    const home = await t.payload.findGlobal({ slug: 'home-page', depth: 0 });
    expect([home.headline, home.intro, home.checkerIntro]).toEqual([
      'Old headline',
      'Old intro',
      'Answer a few questions.',
    ]);
    const texts = home.layout.filter((block) => block.blockType === 'richText').map((block) => block.contentHtml);
    expect(texts[0]).toMatch(
      /<h2[^>]*>Why the partnership<\/h2><p[^>]*>One paragraph\.<\/p><p[^>]*>Another paragraph\.<\/p>/,
    );
    expect(texts[1]).toContain('Step Down fostering');
    expect(texts[2]).toContain('Support at every step.');
    expect(home.layout.find((block) => block.blockType === 'keyFigure')).toMatchObject({
      figure: '85%',
      source: 'National Fostering Group',
    });
    expect(home.layout.map((block) => block.blockType).slice(-5)).toEqual([
      'storyList',
      'localOffer',
      'events',
      'faqs',
      'partnerContact',
    ]);
  });
});
