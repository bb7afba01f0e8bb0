/**
 * The data half of the localization migration, shared by the SQLite and PostgreSQL files: Payload keeps a localized
 * field's value in a `<table>_locales` table, one row a language, so turning localization on moves each existing text
 * from its table into an English row there, and the way down moves the English back. Which columns move is read from
 * the database itself: every column a `_locales` table shares with the table it belongs to. Run in the migration's
 * transaction: up after the new tables are made and before the old columns are dropped, down the other way round.
 */
import type { MigrationSql } from './migrationSql.ts';

const LOCALE_COLUMNS = new Set(['id', '_locale', '_parent_id']);

/** The tables Payload keeps a hasMany select in, and the table each belongs to: every existing row is English. */
const ENGLISH_ROWS = [
  ['partners_languages', 'partners'],
  ...['stories', 'pages', 'faqs', 'events', 'home_page'].map((table) => [`${table}_written_in`, table]),
  ...['stories', 'pages', 'home_page'].map((table) => [`_${table}_v_version_written_in`, `_${table}_v`]),
] as const;

async function tablesEndingIn(db: MigrationSql, ending: string): Promise<string[]> {
  const found =
    db.dialect === 'sqlite'
      ? await db.rows<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await db.rows<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
        );
  return found
    .map(({ name }) => name)
    .filter((name) => name.endsWith(ending))
    .sort();
}

async function columns(db: MigrationSql, table: string): Promise<string[]> {
  const found =
    db.dialect === 'sqlite'
      ? await db.rows<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      : await db.rows<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}'`,
        );
  return found.map(({ name }) => name);
}

/**
 * Each `_locales` table, the table it belongs to, and the columns that move between them: of every table, or only of
 * `owners` (a later migration that localizes one more field moves only that table's columns).
 */
async function localizedColumns(db: MigrationSql, owners?: readonly string[]) {
  const moves: Array<{ locales: string; owner: string; moved: string[] }> = [];
  for (const locales of await tablesEndingIn(db, '_locales')) {
    const owner = locales.replace(/_locales$/, '');
    if (owners && !owners.includes(owner)) continue;
    const ownerColumns = new Set(await columns(db, owner));
    const moved = (await columns(db, locales)).filter((name) => !LOCALE_COLUMNS.has(name) && ownerColumns.has(name));
    if (moved.length) moves.push({ locales, owner, moved });
  }
  return moves;
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** Each text of `owners` (every table when not given) becomes its English version. */
export async function copyTextsIntoEnglish(db: MigrationSql, owners?: readonly string[]): Promise<void> {
  for (const { locales, owner, moved } of await localizedColumns(db, owners))
    await db.run(
      `INSERT INTO "${locales}" (${quoted(moved)}, "_locale", "_parent_id") SELECT ${quoted(moved)}, 'en', "id" FROM "${owner}"`,
    );
}

/** Each text's English version goes back into its own column (other languages have nowhere to go). */
export async function copyEnglishBack(db: MigrationSql, owners?: readonly string[]): Promise<void> {
  for (const { locales, owner, moved } of await localizedColumns(db, owners))
    await db.run(
      `UPDATE "${owner}" SET ${moved
        .map(
          (name) =>
            `"${name}" = (SELECT l."${name}" FROM "${locales}" l WHERE l."_parent_id" = "${owner}"."id" AND l."_locale" = 'en')`,
        )
        .join(', ')}`,
    );
}

/** Up: every text becomes its English version; every document, version and partner is in English. */
export async function moveTextsIntoEnglish(db: MigrationSql): Promise<void> {
  await copyTextsIntoEnglish(db);
  for (const [values, owner] of ENGLISH_ROWS)
    await db.run(`INSERT INTO "${values}" ("order", "parent_id", "value") SELECT 1, "id", 'en' FROM "${owner}"`);
}

/** Down: each text's English version goes back into its own column. */
export const moveEnglishBack = (db: MigrationSql): Promise<void> => copyEnglishBack(db);

/** The tables that say in one word whether a document is in every language, and where its languages are listed. */
const TRANSLATION_STATUS = [
  ...['stories', 'pages', 'faqs', 'events', 'home_page'].map((table) => [table, `${table}_written_in`, 'translation']),
  ...['stories', 'pages', 'home_page'].map((table) => [
    `_${table}_v`,
    `_${table}_v_version_written_in`,
    'version_translation',
  ]),
] as const;

/** Up: each document and version "complete" when it is written in every language listed, "missing" otherwise. */
export async function recordTranslationStatus(db: MigrationSql, languages: number): Promise<void> {
  for (const [table, writtenIn, column] of TRANSLATION_STATUS) {
    await db.run(`UPDATE "${table}" SET "${column}" = 'missing'`);
    await db.run(
      `UPDATE "${table}" SET "${column}" = 'complete' WHERE (SELECT COUNT(*) FROM "${writtenIn}" w WHERE w."parent_id" = "${table}"."id") = ${languages}`,
    );
  }
}
