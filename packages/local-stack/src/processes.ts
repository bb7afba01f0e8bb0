import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Prefix for each output line, so interleaved output from several processes stays readable. */
  label: string;
  /** Where output goes; defaults to this process's stdout. Tests pass a collector. */
  log?: (line: string) => void;
}

function pipeLines(child: ChildProcess, label: string, log: (line: string) => void) {
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

/**
 * Runs an npm script under the repo's pinned Node (process.execPath is node_modules/.bin/node when started through
 * npm), so child tools never fall back to the machine's Node 20.
 */
export function spawnNpm(args: string[], { cwd, env, label, log = console.log }: RunOptions): ChildProcess {
  const npmCli = process.env.npm_execpath;
  // detached: the child leads its own process group, so stopProcess can end npm, node and next together.
  const options: SpawnOptions = { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = npmCli ? spawn(process.execPath, [npmCli, ...args], options) : spawn('npm', args, options);
  pipeLines(child, label, log);
  return child;
}

function whenDone(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))));
  });
}

export function runNpm(args: string[], options: RunOptions): Promise<void> {
  return whenDone(spawnNpm(args, options), `${options.label}: npm ${args.join(' ')}`);
}

/** Runs a command to completion, its output labelled line by line. */
export function run(command: string, args: string[], { cwd, env, label, log = console.log }: RunOptions): Promise<void> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  pipeLines(child, label, log);
  return whenDone(child, label);
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
export async function waitForHttp(url: string, { timeoutMs = 120_000, child }: { timeoutMs?: number; child?: ChildProcess } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`The process serving ${url} exited with code ${child.exitCode}`);
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
