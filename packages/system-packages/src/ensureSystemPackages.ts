// `npm test` and `npm run system-packages` run this first: the tests need Debian's chromium, nginx and PostgreSQL.
import { ensureSystemPackages } from './systemPackages.ts';

const result = ensureSystemPackages();
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
if (result.installed.length > 0) console.error(`Installed ${result.installed.join(' ')}.`);
