/** The release step: migrate (and seed outside production), once, before any web instance or worker starts. */
import { prepareDatabase } from './prepareDatabase.ts';

console.log(await prepareDatabase());
process.exit(0);
