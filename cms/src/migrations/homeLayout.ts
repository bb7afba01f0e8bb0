import { randomBytes } from 'node:crypto';
import type { Payload, PayloadRequest } from 'payload';
import type { MigrationSql } from './migrationSql.ts';
import { homeLayoutFromCampaignCopy } from '../globals/HomePage/fromCampaignCopy.ts';

/** The old copy as an adapter reads it back: a fresh database has no row, and its columns may be null. */
export interface OldCampaignCopy {
  sections: Array<{ heading: string; body: string }>;
  bridgeToFoster?: { heading: string | null; body: string | null; successRate: number | string | null };
}

const layoutOf = ({ sections, bridgeToFoster }: OldCampaignCopy) =>
  bridgeToFoster?.heading
    ? homeLayoutFromCampaignCopy({
        sections: sections.map(({ heading, body }) => ({ heading, body })),
        bridgeToFoster: {
          heading: bridgeToFoster.heading,
          body: bridgeToFoster.body ?? '',
          successRate: Number(bridgeToFoster.successRate ?? 0),
        },
      })
    : null;

/**
 * The data half of the migration that builds the home page from blocks, on MongoDB: the migration reads the old
 * sections and Bridge to Foster copy before it drops them, and this writes them back as the home page's layout through
 * Payload, so the published copy is not lost. A database with no copy yet (a fresh install) has nothing to move: the
 * seed writes the new shape. Payload knows the global as "home-page" since a later migration renamed it; `asHomePage`
 * lets it find the global under that name for the write. (MongoDB has no tables, so Payload's current shape fits.)
 */
export async function layOutHomePage(
  { payload, req }: { payload: Payload; req: Partial<PayloadRequest> },
  old: OldCampaignCopy,
  asHomePage: (write: () => Promise<void>) => Promise<void>,
) {
  const layout = layoutOf(old);
  if (!layout) return;
  await asHomePage(async () => {
    await payload.updateGlobal({ slug: 'home-page', data: { layout }, req, overrideAccess: true });
  });
  payload.logger.info(
    `[migrate] the home page's ${old.sections.length} sections and Bridge to Foster copy are now its layout of blocks`,
  );
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
// Literals, not parameters or expressions: PostgreSQL gives an untyped literal the type of the column it goes in
// (jsonb, an enum, a timestamp), where a SELECT's expression would arrive as text.
const literal = (value: unknown) =>
  value === null || value === undefined
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${(typeof value === 'string' ? value : JSON.stringify(value)).replaceAll("'", "''")}'`;

/**
 * The same on SQLite and PostgreSQL, in SQL on the tables as this migration leaves them (campaign_copy_blocks_*), so
 * it keeps working however Payload's own shape moves on: each block becomes a row of the published home page and of
 * a new latest version of it, as Payload would have stored them then.
 */
export async function layOutHomePageInSql(db: MigrationSql, old: OldCampaignCopy) {
  const layout = layoutOf(old);
  const [home] = await db.rows<{
    id: number;
    headline: string | null;
    intro: string | null;
    checker: string | null;
    status: string | null;
  }>(
    `SELECT "id", "headline", "intro", "checker_intro" AS "checker", "_status" AS "status" FROM "campaign_copy" ORDER BY "id" LIMIT 1`,
  );
  if (!layout || !home) return;
  const now = literal(new Date().toISOString());
  await db.run(`UPDATE "_campaign_copy_v" SET "latest" = FALSE`);
  await db.run(
    `INSERT INTO "_campaign_copy_v" ("version_headline", "version_intro", "version_checker_intro", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest")
     VALUES (${[home.headline, home.intro, home.checker, home.status ?? 'published'].map(literal).join(', ')}, ${now}, ${now}, ${now}, ${now}, TRUE)`,
  );
  const [{ version }] = await db.rows<{ version: number }>(`SELECT MAX("id") AS "version" FROM "_campaign_copy_v"`);
  for (const [index, { blockType, ...fields }] of layout.entries()) {
    const id = randomBytes(12).toString('hex');
    const values = Object.entries(fields).filter(([, value]) => value !== undefined && value !== null);
    const names = values.map(([name]) => `"${snakeCase(name)}"`).join(', ');
    const data = values.map(([, value]) => literal(value)).join(', ');
    const block = snakeCase(blockType);
    await db.run(
      `INSERT INTO "campaign_copy_blocks_${block}" ("_order", "_parent_id", "_path", "id", ${names}) VALUES (${index + 1}, ${home.id}, 'layout', ${literal(id)}, ${data})`,
    );
    await db.run(
      `INSERT INTO "_campaign_copy_v_blocks_${block}" ("_order", "_parent_id", "_path", "_uuid", ${names}) VALUES (${index + 1}, ${version}, 'layout', ${literal(id)}, ${data})`,
    );
  }
}
