/**
 * npm run synthetic-partners --workspace=@bfp/cms -- <count> [<bilingual>]
 *
 * Fills a THROW-AWAY database (see throwAwayDatabase.ts) with <count> made-up partners for benchmarks and scale tests,
 * the first <bilingual> of them (none unless given) with sites in English and Welsh.
 */
import { getPayload } from 'payload';
import { addSyntheticPartners } from '../seed/syntheticPartners.ts';
import { throwAwayDatabaseOrExit } from './throwAwayDatabase.ts';

const count = Number(process.argv[2]);
const bilingual = Number(process.argv[3] ?? 0);
if (!Number.isInteger(count) || count < 1 || count > 1000 || !Number.isInteger(bilingual) || bilingual < 0) {
  console.error(
    'Say how many partners to generate (1 to 1000), e.g. npm run synthetic-partners --workspace=@bfp/cms -- 150',
  );
  process.exit(64);
}
const env = throwAwayDatabaseOrExit();
const { default: config } = await import('../payload.config.ts');
const payload = await getPayload({ config });
try {
  const created = await addSyntheticPartners(payload, count, bilingual);
  console.log(`${created.length} synthetic partners added (${count} in all) to ${env.databaseUrl}`);
} finally {
  await payload.destroy();
}
process.exit(0);
