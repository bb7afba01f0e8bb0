// `npm test`: every workspace's tests, and the type-check and the linter as two checks. Each runs whatever the others
// did, so one failure hides no other; the checks' results go to .tmp/checks.json, which summarise-tests.mjs counts as
// one passed or failed test each, and the exit code is non-zero if anything failed. How long each suite and check took
// goes to .tmp/suite-times.json, printed beside the summary.
//
// The run is bound by CPU on this 2-core machine, so the suites go in two groups, two at a time (measured December
// 2026):
// - the CMS suite beside the CMS build and then the local stack's. The build and the local stack's suite (which mostly
//   waits on browsers and site rebuilds) are the path the run waits on; the CMS suite lowers its own priority and takes
//   the CPU they leave;
// - then the cluster's beside the small suites and the two checks: its drills kill and restart processes against
//   deadlines and leave a core mostly idle, which the others use. With the CMS suite beside it, its publishing test
//   once stretched from 90 s to 662 s and failed on its own timeout.
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
// Every suite listens on ports of its own, so the groups could run at once on a machine with more cores.
const TEST_CONCURRENCY = Number(process.env.BFP_TEST_CONCURRENCY || 2);
const FIRST = ['@bfp/cms', '@bfp/local-stack'];
const GROUPS = [
  FIRST.map((name) => `--filter=${name}`),
  // --only: the CMS build the cluster's suite depends on was made in the first group; looking again would restore it.
  [...FIRST.map((name) => `--filter=!${name}`), '--only'],
];

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
// The launchers' suites depend on @bfp/cms#build (turbo.json), so they need not build it again: a second build is a
// cache hit that restores .next while another suite may be serving from it.
const started = Date.now();
const suites = (filters) =>
  run(
    [
      'exec',
      '--',
      'turbo',
      'run',
      'test',
      ...filters,
      `--concurrency=${TEST_CONCURRENCY}`,
      '--continue',
      '--summarize',
    ],
    undefined,
    { BFP_CMS_PREBUILT: '1' },
  );
const groupResults = [await suites(GROUPS[0])];
// The checks take the core the second group leaves idle, one after the other.
const [second, checkResults] = await Promise.all([
  suites(GROUPS[1]),
  (async () => {
    const results = [];
    for (const { name, args } of CHECKS) results.push(await run(args, `check ${name}`));
    return results;
  })(),
]);
groupResults.push(second);
const testsResult = { ok: groupResults.every((result) => result.ok), seconds: (Date.now() - started) / 1000 };
const checks = CHECKS.map(({ name }, index) => ({
  name,
  ok: checkResults[index].ok,
  seconds: checkResults[index].seconds,
}));
fs.mkdirSync(tmp, { recursive: true });
fs.writeFileSync(path.join(tmp, 'checks.json'), JSON.stringify(checks, null, 2));
for (const { name, ok } of checks) console.log(`check ${name}: ${ok ? 'passed' : 'FAILED'}`);

// turbo's run summaries (one a group) hold each task's start and end (the suites, and the CMS build they wait for).
const summaries = (fs.existsSync(runs) ? fs.readdirSync(runs) : []).filter((name) => !summariesBefore.has(name));
const times = { tests: testsResult.seconds };
for (const summary of summaries) {
  for (const task of JSON.parse(fs.readFileSync(path.join(runs, summary), 'utf8')).tasks ?? []) {
    const { startTime, endTime } = task.execution ?? {};
    if (startTime && endTime) times[task.taskId] = (endTime - startTime) / 1000;
  }
}
fs.writeFileSync(path.join(tmp, 'suite-times.json'), JSON.stringify(times, null, 2));

process.exit(testsResult.ok && checks.every((check) => check.ok) ? 0 : 1);
