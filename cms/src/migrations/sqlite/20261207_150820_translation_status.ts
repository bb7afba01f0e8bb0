import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { recordTranslationStatus } from '../localeCopies.ts'
import { onSqlite } from '../migrationSql.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation\` text;`)
  await db.run(sql`CREATE INDEX \`stories_translation_idx\` ON \`stories\` (\`translation\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_translation_idx\` ON \`_stories_v\` (\`version_translation\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation\` text;`)
  await db.run(sql`CREATE INDEX \`pages_translation_idx\` ON \`pages\` (\`translation\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_translation_idx\` ON \`_pages_v\` (\`version_translation\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`translation\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_translation_idx\` ON \`faqs\` (\`translation\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation\` text;`)
  await db.run(sql`CREATE INDEX \`events_translation_idx\` ON \`events\` (\`translation\`);`)
  await db.run(sql`ALTER TABLE \`home_page\` ADD \`translation\` text;`)
  await db.run(sql`CREATE INDEX \`home_page_translation_idx\` ON \`home_page\` (\`translation\`);`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` ADD \`version_translation\` text;`)
  await db.run(sql`CREATE INDEX \`_home_page_v_version_version_translation_idx\` ON \`_home_page_v\` (\`version_translation\`);`)
  // English and Welsh: the languages there were when this was written.
  await recordTranslationStatus(onSqlite(db, sql.raw), 2)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`stories_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation\`;`)
  await db.run(sql`DROP INDEX \`pages_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`translation\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_translation\`;`)
  await db.run(sql`DROP INDEX \`faqs_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`translation\`;`)
  await db.run(sql`DROP INDEX \`events_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`translation\`;`)
  await db.run(sql`DROP INDEX \`home_page_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`home_page\` DROP COLUMN \`translation\`;`)
  await db.run(sql`DROP INDEX \`_home_page_v_version_version_translation_idx\`;`)
  await db.run(sql`ALTER TABLE \`_home_page_v\` DROP COLUMN \`version_translation\`;`)
}
