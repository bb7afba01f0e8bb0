// `npm test`: the type-check and the linter as two checks, then every workspace's tests. Each runs whatever the
// others did, so one failure hides no other; the checks' results go to .tmp/checks.json, which summarise-tests.mjs
// counts as one passed or failed test each, and the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const CHECKS = [
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'lint', args: ['run', 'lint'] },
];

const run = (args) => spawnSync('npm', args, { cwd: root, stdio: 'inherit' }).status === 0;

const results = CHECKS.map(({ name, args }) => {
  console.log(`\n== check: npm ${args.join(' ')}`);
  return { name, ok: run(args) };
});
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
fs.writeFileSync(path.join(root, '.tmp', 'checks.json'), JSON.stringify(results, null, 2));
for (const { name, ok } of results) console.log(`check ${name}: ${ok ? 'passed' : 'FAILED'}`);

const testsOk = run(['exec', '--', 'turbo', 'run', 'test', '--concurrency=1', '--continue']);
process.exit(testsOk && results.every((result) => result.ok) ? 0 : 1);
