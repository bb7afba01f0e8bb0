import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners\` ADD \`theme\` text DEFAULT 'civic' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`typeface\` text DEFAULT 'system-sans' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`privacy_notice_url\` text;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`privacy_retention_months\` numeric DEFAULT 24 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`theme\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`typeface\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`contact_address\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`privacy_notice_url\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`privacy_retention_months\`;`)
}
