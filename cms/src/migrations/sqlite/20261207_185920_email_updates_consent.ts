import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`email_updates_given\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`email_updates_given_at\` text;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`email_updates_wording\` text;`)
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`email_updates_wording_version\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`email_updates_given\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`email_updates_given_at\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`email_updates_wording\`;`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`email_updates_wording_version\`;`)
}
