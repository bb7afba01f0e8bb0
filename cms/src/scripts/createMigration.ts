// `npm run migrate:create --workspace=@bfp/cms -- <name>`: Payload's `migrate:create` for the database DATABASE_URL
// names, then the rewrite that lets Node load the files it wrote (migrations/nativeImports.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { applyNativeImports } from '../migrations/nativeImports.ts';

const cmsRoot = path.resolve(import.meta.dirname, '../..');
const created = spawnSync('npm', ['exec', '--', 'payload', 'migrate:create', ...process.argv.slice(2)], {
  cwd: cmsRoot,
  stdio: 'inherit',
});
if (created.status !== 0) process.exit(created.status ?? 1);
for (const file of applyNativeImports()) console.log(`rewrote its imports for Node: ${path.relative(cmsRoot, file)}`);
