// `npm test`: the type-check and the linter as two checks, then every workspace's tests, one suite at a time. Each runs
// whatever the others did, so one failure hides no other; the checks' results go to .tmp/checks.json, which
// summarise-tests.mjs counts as one passed or failed test each, and the exit code is non-zero if anything failed.
// How long each suite and check took goes to .tmp/suite-times.json, printed beside the summary.
//
// One at a time because the run is bound by CPU, not by waiting: measured on this 2-core machine (December 2026), four
// suites at once beside the checks took 22 min 13 s against 22 min 53 s one at a time, used more CPU (user 20 min 25 s
// against 16 min 57 s), stretched the cluster's publishing test from 90 s to 662 s and failed it on its own timeout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
const runs = path.join(root, '.turbo', 'runs');
const CHECKS = [
  // Two packages at a time, not turbo's default ten: on two cores, ten compilers at once finish no sooner.
  { name: 'typecheck', args: ['run', 'typecheck', '--', '--concurrency=2'] },
  { name: 'lint', args: ['run', 'lint'] },
];
// Every suite listens on ports of its own, so more than one can run at once on a machine with more cores.
const TEST_CONCURRENCY = Number(process.env.BFP_TEST_CONCURRENCY || 1);

/** Runs `npm …`; with a label, each line it prints is prefixed with the label, so a check's output is easy to find. */
function run(args, label, env = {}) {
  const started = Date.now();
  const child = spawn('npm', args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (label)
    for (const stream of [child.stdout, child.stderr])
      readline.createInterface({ input: stream }).on('line', (line) => console.log(`${label}: ${line}`));
  return new Promise((resolve) => {
    child.on('error', () => resolve({ ok: false, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (code) => resolve({ ok: code === 0, seconds: (Date.now() - started) / 1000 }));
  });
}

const summariesBefore = new Set(fs.existsSync(runs) ? fs.readdirSync(runs) : []);
const checkResults = [];
for (const { name, args } of CHECKS) checkResults.push(await run(args, `check ${name}`));
// The launchers' suites depend on @bfp/cms#build (turbo.json), so they need not build it again: a second build is a
// cache hit that restores .next while another suite may be serving from it.
const testsResult = await run(
  ['exec', '--', 'turbo', 'run', 'test', `--concurrency=${TEST_CONCURRENCY}`, '--continue', '--summarize'],
  undefined,
  { BFP_CMS_PREBUILT: '1' },
);
const checks = CHECKS.map(({ name }, index) => ({
  name,
  ok: checkResults[index].ok,
  seconds: checkResults[index].seconds,
}));
fs.mkdirSync(tmp, { recursive: true });
fs.writeFileSync(path.join(tmp, 'checks.json'), JSON.stringify(checks, null, 2));
for (const { name, ok } of checks) console.log(`check ${name}: ${ok ? 'passed' : 'FAILED'}`);

// turbo's run summary holds each task's start and end (the suites, and the CMS build the launchers' suites wait for).
const summary = (fs.existsSync(runs) ? fs.readdirSync(runs) : []).find((name) => !summariesBefore.has(name));
const times = { tests: testsResult.seconds };
if (summary) {
  for (const task of JSON.parse(fs.readFileSync(path.join(runs, summary), 'utf8')).tasks ?? []) {
    const { startTime, endTime } = task.execution ?? {};
    if (startTime && endTime) times[task.taskId] = (endTime - startTime) / 1000;
  }
}
fs.writeFileSync(path.join(tmp, 'suite-times.json'), JSON.stringify(times, null, 2));

process.exit(testsResult.ok && checks.every((check) => check.ok) ? 0 : 1);
