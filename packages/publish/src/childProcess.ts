import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Prefix for each output line, so interleaved output from several processes stays readable. */
  label: string;
  /** Where output goes; defaults to this process's stdout. Tests pass a collector. */
  log?: (line: string) => void;
}

/** Sends a child's stdout and stderr to `log` line by line, each prefixed with `[label]`. */
export function pipeLines(child: ChildProcess, label: string, log: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(`[${label}] ${line}`);
    });
    stream?.on('end', () => buffer.trim() && log(`[${label}] ${buffer}`));
  }
}

export function whenDone(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))));
  });
}

/** Runs a command to completion, its output labelled line by line. */
export function run(command: string, args: string[], { cwd, env, label, log = console.log }: RunOptions): Promise<void> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  pipeLines(child, label, log);
  return whenDone(child, label);
}
