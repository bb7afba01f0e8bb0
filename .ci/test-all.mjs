// `npm test`: the type-check and the linter as two checks, and every workspace's tests, all started at once: the
// suites that wait (browsers, drills, builds of the sites) leave the cores to the ones that compute. Each runs whatever
// the others did, so one failure hides no other; the checks' results go to .tmp/checks.json, which
// summarise-tests.mjs counts as one passed or failed test each, and the exit code is non-zero if anything failed.
// How long each suite and check took goes to .tmp/suite-times.json, printed beside the summary.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
const runs = path.join(root, '.turbo', 'runs');
const CHECKS = [
  // Two packages at a time, not turbo's default ten: beside the suites, ten compilers at once only starve the short
  // suites' timeouts (5 s in vitest by default) while finishing no sooner.
  { name: 'typecheck', args: ['run', 'typecheck', '--', '--concurrency=2'] },
  { name: 'lint', args: ['run', 'lint'] },
];
// The CMS's tests, its build and then the two launchers' suites (local-stack, cluster) are the long ones: four at once
// lets all of them overlap, and the short suites fill the gaps. Every suite listens on ports of its own.
const TEST_CONCURRENCY = 4;

/** Runs `npm …`; with a label, its output is printed line by line behind the label (it runs beside turbo's). */
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
const [testsResult, ...checkResults] = await Promise.all([
  // The launchers' suites depend on @bfp/cms#build (turbo.json), so they need not build it again: a second build is a
  // cache hit that restores .next while the other launcher's suite serves from it.
  run(
    ['exec', '--', 'turbo', 'run', 'test', `--concurrency=${TEST_CONCURRENCY}`, '--continue', '--summarize'],
    undefined,
    { BFP_CMS_PREBUILT: '1' },
  ),
  ...CHECKS.map(({ name, args }) => run(args, `check ${name}`)),
]);
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
