import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners" ADD COLUMN "contact_opens_at" varchar DEFAULT '09:00' NOT NULL;
  ALTER TABLE "partners" ADD COLUMN "contact_closes_at" varchar DEFAULT '17:00' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "partners" DROP COLUMN "contact_opens_at";
  ALTER TABLE "partners" DROP COLUMN "contact_closes_at";`)
}
