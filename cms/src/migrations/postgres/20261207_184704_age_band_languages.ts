import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { copyEnglishBack, copyTextsIntoEnglish } from '../localeCopies.ts';
import { onPostgres } from '../migrationSql.ts';

// An allowance band's age is written in each language: every existing one becomes its English version.
const BANDS = ['partners_allowances_bands'];

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "partners_allowances_bands_locales" (
  	"age_band" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "partners_allowances_bands_locales" ADD CONSTRAINT "partners_allowances_bands_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners_allowances_bands"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "partners_allowances_bands_locales_locale_parent_id_unique" ON "partners_allowances_bands_locales" USING btree ("_locale","_parent_id");`)
  await copyTextsIntoEnglish(onPostgres(db, sql.raw), BANDS);
  await db.execute(sql`
  ALTER TABLE "partners_allowances_bands" DROP COLUMN "age_band";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "partners_allowances_bands" ADD COLUMN "age_band" varchar DEFAULT '' NOT NULL;`)
  await copyEnglishBack(onPostgres(db, sql.raw), BANDS);
  await db.execute(sql`
   DROP TABLE "partners_allowances_bands_locales" CASCADE;`)
}
