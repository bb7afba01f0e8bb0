// Sums the JSON reports every workspace's `vitest run` writes to .tmp/vitest-report.json, and the type-check and lint
// results .ci/test-all.mjs writes (one test each), and prints the one line CI reads. A workspace with a test script
// but no report (its run crashed before reporting) counts as one failure. Beside each suite and check: how long it
// took (.tmp/suite-times.json, from test-all.mjs).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const dirs = workspaces.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [pattern];
  const parent = path.join(root, pattern.slice(0, -2));
  return fs.existsSync(parent) ? fs.readdirSync(parent).map((name) => path.join(pattern.slice(0, -2), name)) : [];
});

const timesFile = path.join(root, '.tmp', 'suite-times.json');
const times = fs.existsSync(timesFile) ? JSON.parse(fs.readFileSync(timesFile, 'utf8')) : {};
const took = (seconds) => (seconds === undefined ? '' : ` (${Math.round(seconds)} s)`);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of dirs) {
  const manifest = path.join(root, dir, 'package.json');
  if (!fs.existsSync(manifest)) continue;
  const { name, scripts } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  if (!scripts?.test) continue;
  const time = took(times[`${name}#test`]);
  const report = path.join(root, dir, '.tmp', 'vitest-report.json');
  if (!fs.existsSync(report)) {
    console.log(`${dir}: no test report (the suite did not finish)${time}`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A suite that failed to load counts its file as a failure even though no test inside it ran.
  // A suite that ran no test at all (a global setup that failed, say) is broken, not green.
  const brokenFiles =
    (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length +
    (r.numTotalTests === 0 ? 1 : 0);
  console.log(
    `${dir}: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${r.numPendingTests + r.numTodoTests} skipped${time}`,
  );
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + r.numTodoTests;
}
// The type-check and the linter, run by `npm test` before the suites (.ci/test-all.mjs): one check each.
const checksFile = path.join(root, '.tmp', 'checks.json');
if (fs.existsSync(checksFile)) {
  for (const { name, ok, seconds } of JSON.parse(fs.readFileSync(checksFile, 'utf8'))) {
    console.log(`check ${name}: ${ok ? 'passed' : 'failed'}${took(seconds)}`);
    if (ok) passed += 1;
    else failed += 1;
  }
} else {
  console.log('checks: no result (the type-check and lint did not run)');
  failed += 1;
}
// The launchers' suites wait for the CMS build (turbo restores it from cache when nothing it reads has changed).
if (times['@bfp/cms#build'] !== undefined)
  console.log(`cms build: ${Math.round(times['@bfp/cms#build'])} s (local-stack and cluster wait for it)`);
if (times.tests !== undefined) console.log(`every suite (turbo run test): ${Math.round(times.tests)} s`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
