import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface OutputLog {
  /** The last lines the process printed, for an error message when it fails. */
  tail: () => string;
}

/**
 * Passes a child's output on line by line (labelled, so several servers' output stays readable) and keeps the last
 * lines: a server that exits at start-up says why only there.
 */
export function followOutput({ child, label, log, keep = 30 }: { child: ChildProcess; label: string; log?: (line: string) => void; keep?: number }): OutputLog {
  const lines: string[] = [];
  const take = (line: string) => {
    if (!line.trim()) return;
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
      complete.forEach(take);
    });
    stream?.on('end', () => take(buffer));
  }
  return { tail: () => lines.join('\n') };
}

/** Runs a command to completion; a non-zero exit throws with what the command printed. */
export function runCommand({ command, args, options = {}, label, log }: { command: string; args: string[]; options?: SpawnOptions; label: string; log?: (line: string) => void }): Promise<string> {
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
