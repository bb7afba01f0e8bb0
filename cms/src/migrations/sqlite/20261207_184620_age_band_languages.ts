import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { copyEnglishBack, copyTextsIntoEnglish } from '../localeCopies.ts';
import { onSqlite } from '../migrationSql.ts';

// An allowance band's age is written in each language: every existing one becomes its English version.
const BANDS = ['partners_allowances_bands'];

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partners_allowances_bands_locales\` (
  	\`age_band\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners_allowances_bands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_allowances_bands_locales_locale_parent_id_unique\` ON \`partners_allowances_bands_locales\` (\`_locale\`,\`_parent_id\`);`)
  await copyTextsIntoEnglish(onSqlite(db, sql.raw), BANDS);
  await db.run(sql`ALTER TABLE \`partners_allowances_bands\` DROP COLUMN \`age_band\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners_allowances_bands\` ADD \`age_band\` text DEFAULT '' NOT NULL;`)
  await copyEnglishBack(onSqlite(db, sql.raw), BANDS);
  await db.run(sql`DROP TABLE \`partners_allowances_bands_locales\`;`)
}
