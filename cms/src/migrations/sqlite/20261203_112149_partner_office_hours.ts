import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners\` ADD \`contact_opens_at\` text DEFAULT '09:00' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`contact_closes_at\` text DEFAULT '17:00' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`contact_opens_at\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`contact_closes_at\`;`)
}
