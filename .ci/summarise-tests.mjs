// Sums the JSON reports every workspace's `vitest run` writes to .tmp/vitest-report.json, and the type-check and lint
// results .ci/test-all.mjs writes (one test each), and prints the one line CI reads. A workspace with a test script
// but no report (its run crashed before reporting) counts as one failure.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const dirs = workspaces.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [pattern];
  const parent = path.join(root, pattern.slice(0, -2));
  return fs.existsSync(parent) ? fs.readdirSync(parent).map((name) => path.join(pattern.slice(0, -2), name)) : [];
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of dirs) {
  const manifest = path.join(root, dir, 'package.json');
  if (!fs.existsSync(manifest) || !JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts?.test) continue;
  const report = path.join(root, dir, '.tmp', 'vitest-report.json');
  if (!fs.existsSync(report)) {
    console.log(`${dir}: no test report (the suite did not finish)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A suite that failed to load counts its file as a failure even though no test inside it ran.
  // A suite that ran no test at all (a global setup that failed, say) is broken, not green.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length + (r.numTotalTests === 0 ? 1 : 0);
  console.log(`${dir}: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + r.numTodoTests;
}
// The type-check and the linter, run by `npm test` before the suites (.ci/test-all.mjs): one check each.
const checksFile = path.join(root, '.tmp', 'checks.json');
if (fs.existsSync(checksFile)) {
  for (const { name, ok } of JSON.parse(fs.readFileSync(checksFile, 'utf8'))) {
    console.log(`check ${name}: ${ok ? 'passed' : 'failed'}`);
    if (ok) passed += 1;
    else failed += 1;
  }
} else {
  console.log('checks: no result (the type-check and lint did not run)');
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
