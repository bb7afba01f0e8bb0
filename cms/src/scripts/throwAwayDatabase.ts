import path from 'node:path';
import { DEFAULT_SQLITE_URL, readCmsEnv, type CmsEnv } from '../env.ts';

/**
 * The scripts that fill a database with made-up data for benchmarks refuse to run on a real one: DATABASE_URL must
 * name a SQLite file other than cms/data/cms.db (or a PostgreSQL database the caller vouches is throw-away with
 * THROWAWAY_DATABASE=true, as the cluster benchmark does), and never in production.
 */
export function throwAwayDatabaseOrExit(): CmsEnv {
  const env = readCmsEnv();
  const throwAwayPostgres = env.databaseKind === 'postgres' && process.env.THROWAWAY_DATABASE === 'true';
  if (
    env.runtime === 'production' ||
    !process.env.DATABASE_URL ||
    env.databaseUrl === DEFAULT_SQLITE_URL ||
    (env.databaseKind !== 'sqlite' && !throwAwayPostgres)
  ) {
    console.error(
      'Refusing: made-up data goes only into a throw-away SQLite database. Set DATABASE_URL=file:/tmp/<name>.db (not cms/data/cms.db).',
    );
    process.exit(64);
  }
  // Uploads go beside that database unless MEDIA_DIR says otherwise, never into the real media folder.
  if (!throwAwayPostgres)
    process.env.MEDIA_DIR ||= path.join(path.dirname(env.databaseUrl.replace(/^file:/, '')), 'media');
  return env;
}
