import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { recordTranslationStatus } from '../localeCopies.ts'
import { onPostgres } from '../migrationSql.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum__stories_v_version_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum_pages_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum__pages_v_version_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum_faqs_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum_events_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum_home_page_translation" AS ENUM('complete', 'missing');
  CREATE TYPE "public"."enum__home_page_v_version_translation" AS ENUM('complete', 'missing');
  ALTER TABLE "stories" ADD COLUMN "translation" "enum_stories_translation";
  ALTER TABLE "_stories_v" ADD COLUMN "version_translation" "enum__stories_v_version_translation";
  ALTER TABLE "pages" ADD COLUMN "translation" "enum_pages_translation";
  ALTER TABLE "_pages_v" ADD COLUMN "version_translation" "enum__pages_v_version_translation";
  ALTER TABLE "faqs" ADD COLUMN "translation" "enum_faqs_translation";
  ALTER TABLE "events" ADD COLUMN "translation" "enum_events_translation";
  ALTER TABLE "home_page" ADD COLUMN "translation" "enum_home_page_translation";
  ALTER TABLE "_home_page_v" ADD COLUMN "version_translation" "enum__home_page_v_version_translation";
  CREATE INDEX "stories_translation_idx" ON "stories" USING btree ("translation");
  CREATE INDEX "_stories_v_version_version_translation_idx" ON "_stories_v" USING btree ("version_translation");
  CREATE INDEX "pages_translation_idx" ON "pages" USING btree ("translation");
  CREATE INDEX "_pages_v_version_version_translation_idx" ON "_pages_v" USING btree ("version_translation");
  CREATE INDEX "faqs_translation_idx" ON "faqs" USING btree ("translation");
  CREATE INDEX "events_translation_idx" ON "events" USING btree ("translation");
  CREATE INDEX "home_page_translation_idx" ON "home_page" USING btree ("translation");
  CREATE INDEX "_home_page_v_version_version_translation_idx" ON "_home_page_v" USING btree ("version_translation");`)
  // English and Welsh: the languages there were when this was written.
  await recordTranslationStatus(onPostgres(db, sql.raw), 2)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "stories_translation_idx";
  DROP INDEX "_stories_v_version_version_translation_idx";
  DROP INDEX "pages_translation_idx";
  DROP INDEX "_pages_v_version_version_translation_idx";
  DROP INDEX "faqs_translation_idx";
  DROP INDEX "events_translation_idx";
  DROP INDEX "home_page_translation_idx";
  DROP INDEX "_home_page_v_version_version_translation_idx";
  ALTER TABLE "stories" DROP COLUMN "translation";
  ALTER TABLE "_stories_v" DROP COLUMN "version_translation";
  ALTER TABLE "pages" DROP COLUMN "translation";
  ALTER TABLE "_pages_v" DROP COLUMN "version_translation";
  ALTER TABLE "faqs" DROP COLUMN "translation";
  ALTER TABLE "events" DROP COLUMN "translation";
  ALTER TABLE "home_page" DROP COLUMN "translation";
  ALTER TABLE "_home_page_v" DROP COLUMN "version_translation";
  DROP TYPE "public"."enum_stories_translation";
  DROP TYPE "public"."enum__stories_v_version_translation";
  DROP TYPE "public"."enum_pages_translation";
  DROP TYPE "public"."enum__pages_v_version_translation";
  DROP TYPE "public"."enum_faqs_translation";
  DROP TYPE "public"."enum_events_translation";
  DROP TYPE "public"."enum_home_page_translation";
  DROP TYPE "public"."enum__home_page_v_version_translation";`)
}
