/**
 * npm run synthetic-partners --workspace=@bfp/cms -- <count>
 *
 * Fills a THROW-AWAY database with <count> made-up partners for benchmarks and scale tests. It refuses to run on the
 * real database: DATABASE_URL must name a SQLite file other than cms/data/cms.db (or a PostgreSQL database the caller
 * vouches is throw-away with THROWAWAY_DATABASE=true, as the cluster benchmark does), and never in production.
 */
import path from 'node:path';
import { getPayload } from 'payload';
import { DEFAULT_SQLITE_URL, readCmsEnv } from '../env.ts';
import { addSyntheticPartners } from '../seed/syntheticPartners.ts';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1 || count > 1000) {
  console.error('Say how many partners to generate (1 to 1000), e.g. npm run synthetic-partners --workspace=@bfp/cms -- 150');
  process.exit(64);
}
const env = readCmsEnv();
const throwAwayPostgres = env.databaseKind === 'postgres' && process.env.THROWAWAY_DATABASE === 'true';
if (env.runtime === 'production' || !process.env.DATABASE_URL || env.databaseUrl === DEFAULT_SQLITE_URL || (env.databaseKind !== 'sqlite' && !throwAwayPostgres)) {
  console.error('Refusing: synthetic partners go only into a throw-away SQLite database. Set DATABASE_URL=file:/tmp/<name>.db (not cms/data/cms.db).');
  process.exit(64);
}
// Their logos go beside that database unless MEDIA_DIR says otherwise, never into the real media folder.
if (!throwAwayPostgres) process.env.MEDIA_DIR ||= path.join(path.dirname(env.databaseUrl.replace(/^file:/, '')), 'media');
const { default: config } = await import('../payload.config.ts');
const payload = await getPayload({ config });
try {
  const created = await addSyntheticPartners(payload, count);
  console.log(`${created.length} synthetic partners added (${count} in all) to ${env.databaseUrl}`);
} finally {
  await payload.destroy();
}
process.exit(0);
