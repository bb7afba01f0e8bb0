import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface OutputLog {
  /** The last lines the process printed, for an error message when it fails. */
  tail: () => string;
}

export interface FollowOptions {
  child: ChildProcess;
  /** Prefix for each line passed on, so several processes' interleaved output stays readable. */
  label: string;
  log?: (line: string) => void;
  /** How many of the last lines to keep for `tail()`. */
  keep?: number;
  /** Sees each line first; returning true takes it (a result line), so it is neither passed on nor kept. */
  take?: (line: string) => boolean;
}

/**
 * The one reader of a child's output: passes it on line by line, labelled, and keeps the last lines, because a
 * process that fails (a server at start-up, a build) says why only there.
 */
export function followOutput({ child, label, log, keep = 30, take }: FollowOptions): OutputLog {
  const lines: string[] = [];
  const receive = (line: string) => {
    if (!line.trim() || take?.(line)) return;
    lines.push(line);
    if (lines.length > keep) lines.shift();
    log?.(`[${label}] ${line}`);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffer += chunk;
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      complete.forEach(receive);
    });
    stream?.on('end', () => receive(buffer));
  }
  return { tail: () => lines.join('\n') };
}

/** Sends a child's stdout and stderr to `log` line by line, each prefixed with `[label]`. */
export function pipeLines(child: ChildProcess, label: string, log: (line: string) => void) {
  followOutput({ child, label, log, keep: 0 });
}

export function whenDone(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))));
  });
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Prefix for each output line, so interleaved output from several processes stays readable. */
  label: string;
  /** Where output goes; defaults to this process's stdout. Tests pass a collector. */
  log?: (line: string) => void;
}

export interface RunningChild extends OutputLog {
  /** Resolves when the command exits 0; rejects with `<label> exited with <code>` otherwise. */
  done: Promise<void>;
}

/** Runs a command to completion, its output labelled line by line and its last lines kept. */
export function run(
  command: string,
  args: string[],
  { cwd, env, label, log = console.log, keep, take }: RunOptions & Pick<FollowOptions, 'keep' | 'take'>,
): RunningChild {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = followOutput({ child, label, log, keep, take });
  return { done: whenDone(child, label), tail: output.tail };
}

/** Runs a command to completion; a non-zero exit throws with what the command printed. */
export function runCommand({
  command,
  args,
  options = {},
  label,
  log,
}: {
  command: string;
  args: string[];
  options?: SpawnOptions;
  label: string;
  log?: (line: string) => void;
}): Promise<string> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = followOutput({ child, label, log, keep: 200 });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${label}: could not run ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output.tail());
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${output.tail()}`));
    });
  });
}

/** Resolves when the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Ends the child if this process exits first, so a test run that ends without stopping its servers (a crash, a
 * forgotten stop) does not leave them holding ports. Only a normal exit runs this: after SIGKILL nothing can.
 */
export function endWithUs({ child, signal }: { child: ChildProcess; signal: NodeJS.Signals }): () => void {
  const end = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('exit', end);
  return () => process.off('exit', end);
}
