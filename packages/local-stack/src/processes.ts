import { pipeLines, whenDone, type RunOptions } from '@bfp/child-process';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Runs an npm script under the repo's pinned Node (process.execPath is node_modules/.bin/node when started through
 * npm), so child tools never fall back to the machine's Node 20.
 */
export function spawnNpm(args: string[], { cwd, env, label, log = console.log }: RunOptions): ChildProcess {
  const npmCli = process.env.npm_execpath;
  // detached: the child leads its own process group, so stopProcess can end npm, node and next together.
  const options: SpawnOptions = {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  };
  const child = npmCli ? spawn(process.execPath, [npmCli, ...args], options) : spawn('npm', args, options);
  pipeLines(child, label, log);
  return child;
}

export function runNpm(args: string[], options: RunOptions): Promise<void> {
  return whenDone(spawnNpm(args, options), `${options.label}: npm ${args.join(' ')}`);
}

/** Stops a child and everything it started (npm → node → next), waiting for it to go. */
export async function stopProcess(child: ChildProcess | undefined, timeoutMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Polls a URL until it answers 2xx, or fails with the reason after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  { timeoutMs = 120_000, child }: { timeoutMs?: number; child?: ChildProcess } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`The process serving ${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError})`);
}
