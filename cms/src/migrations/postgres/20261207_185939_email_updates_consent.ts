import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" ADD COLUMN "email_updates_given" boolean DEFAULT false;
  ALTER TABLE "enquiries" ADD COLUMN "email_updates_given_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "email_updates_wording" varchar;
  ALTER TABLE "enquiries" ADD COLUMN "email_updates_wording_version" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" DROP COLUMN "email_updates_given";
  ALTER TABLE "enquiries" DROP COLUMN "email_updates_given_at";
  ALTER TABLE "enquiries" DROP COLUMN "email_updates_wording";
  ALTER TABLE "enquiries" DROP COLUMN "email_updates_wording_version";`)
}
