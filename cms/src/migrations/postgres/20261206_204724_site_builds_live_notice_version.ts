import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// A site whose last build is live was built from its partner's record as it is now (a change of notice marks the
// build pending), so its live pages send the partner's current version. Any other site's live version is unknown:
// left empty, only the current version is accepted, as before this column.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ADD COLUMN "live_notice_version" varchar;`)
  await db.execute(sql`
   UPDATE "site_builds" SET "live_notice_version" = "partners"."privacy_notice_version" FROM "partners" WHERE "partners"."id" = "site_builds"."partner_id" AND "site_builds"."status" = 'live';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DROP COLUMN "live_notice_version";`)
}
