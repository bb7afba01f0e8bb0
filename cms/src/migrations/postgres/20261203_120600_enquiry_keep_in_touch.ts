import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiries_status_history_status" ADD VALUE 'keep-in-touch' BEFORE 'withdrawn';
  ALTER TYPE "public"."enum_enquiries_status" ADD VALUE 'keep-in-touch' BEFORE 'withdrawn';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiries_status_history" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_enquiries_status_history_status";
  CREATE TYPE "public"."enum_enquiries_status_history_status" AS ENUM('new', 'contacted', 'home-visit-booked', 'application', 'approved', 'withdrawn');
  ALTER TABLE "enquiries_status_history" ALTER COLUMN "status" SET DATA TYPE "public"."enum_enquiries_status_history_status" USING "status"::"public"."enum_enquiries_status_history_status";
  ALTER TABLE "enquiries" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "enquiries" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  DROP TYPE "public"."enum_enquiries_status";
  CREATE TYPE "public"."enum_enquiries_status" AS ENUM('new', 'contacted', 'home-visit-booked', 'application', 'approved', 'withdrawn');
  ALTER TABLE "enquiries" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_enquiries_status";
  ALTER TABLE "enquiries" ALTER COLUMN "status" SET DATA TYPE "public"."enum_enquiries_status" USING "status"::"public"."enum_enquiries_status";`)
}
