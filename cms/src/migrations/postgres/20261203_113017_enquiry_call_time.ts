import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enquiries_contact_call_time" AS ENUM('morning', 'afternoon', 'evening', 'any');
  ALTER TABLE "enquiries" ADD COLUMN "contact_call_time" "enum_enquiries_contact_call_time";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries" DROP COLUMN "contact_call_time";
  DROP TYPE "public"."enum_enquiries_contact_call_time";`)
}
