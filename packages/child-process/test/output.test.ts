import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { followOutput, run, whenDone } from '../src/output.ts';
import { resultLine } from '../src/resultLine.ts';

const script = (source: string) => spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });

it('passes both streams on labelled, line by line, and keeps only the last lines for the error', async () => {
  const child = script(
    `for (let i = 1; i <= 5; i++) console.log('line ' + i); console.error('on stderr'); process.stdout.write('unterminated')`,
  );
  const logged: string[] = [];
  const output = followOutput({ child, label: 'demo', log: (line) => logged.push(line), keep: 3 });
  // Listened for before the wait: 'close' can follow 'exit' before the code after an await runs.
  const closed = new Promise((resolve) => child.once('close', resolve));
  await whenDone(child, 'demo');
  await closed;
  expect(logged).toHaveLength(7);
  expect(logged).toContain('[demo] line 1');
  expect(logged).toContain('[demo] on stderr');
  expect(logged).toContain('[demo] unterminated');
  expect(output.tail().split('\n')).toHaveLength(3);
  expect(output.tail()).not.toContain('line 1');
});

it('reads a result line among the rest, and neither passes it on nor keeps it', async () => {
  const report = resultLine<{ ms: number; sites: string[] }>('DEMO');
  const logged: string[] = [];
  let read: { ms: number; sites: string[] } | undefined;
  const child = run(
    process.execPath,
    [
      '-e',
      `console.log('building'); console.log(${JSON.stringify(report.format({ ms: 12, sites: ['dudley'] }))}); console.log('done')`,
    ],
    {
      cwd: process.cwd(),
      label: 'demo',
      log: (line) => logged.push(line),
      take: report.takeInto((value) => (read = value)),
    },
  );
  await child.done;
  expect(read).toEqual({ ms: 12, sites: ['dudley'] });
  expect(logged).toEqual(['[demo] building', '[demo] done']);
  expect(child.tail()).toBe('building\ndone');
});

it('writes the line the reader reads, and reads nothing from any other line', () => {
  const report = resultLine<{ ok: boolean }>('DEMO');
  expect(report.format({ ok: true })).toBe('DEMO_RESULT {"ok":true}');
  expect(report.read(report.format({ ok: false }))).toEqual({ ok: false });
  expect(report.read('OTHER_RESULT {"ok":true}')).toBeUndefined();
  expect(report.read('[fleet] DEMO_RESULT {"ok":true}')).toBeUndefined();
});

it('rejects a failed command with its label and keeps what it printed for the caller', async () => {
  const child = run(process.execPath, ['-e', `console.log('why it failed'); process.exit(3)`], {
    cwd: process.cwd(),
    label: 'site:demo',
    log: () => {},
  });
  await expect(child.done).rejects.toThrow('site:demo exited with 3');
  expect(child.tail()).toBe('why it failed');
});
