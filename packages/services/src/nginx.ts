import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { endWithUs, exited, followOutput, runCommand } from '@bfp/child-process';
import { requireNginx } from '@bfp/system-packages';
import { runningAsRoot } from '@bfp/system-packages/system-account';

export interface NginxOptions {
  /** Holds the config, pid file, logs and temp folders: one private nginx per folder. */
  dir: string;
  /** The contents of the `http { … }` block: upstreams and server blocks. */
  config: string;
  /** Top-level directives placed before `events {}`, e.g. `load_module` lines (nginx accepts them nowhere else); kept on reload. */
  mainConfig?: string;
  /** Receives what the nginx process prints (start-up errors before error_log is open) line by line. */
  log?: (line: string) => void;
}

export interface NginxServer {
  /** Tests `config`, then swaps it in with SIGHUP; resolves once only workers running it accept connections. */
  reload: (config: string) => Promise<void>;
  /** Fast shutdown; resolves once the master has exited. */
  stop: () => Promise<void>;
  configFile: string;
  errorLog: string;
  accessLog: string;
}

const WAIT_TIMEOUT_MS = 10_000;

/** The top level a private nginx needs around the caller's http block: every path it writes lies inside `dir`. */
function fullConfig({ dir, config, mainConfig = '' }: { dir: string; config: string; mainConfig?: string }): string {
  const inDir = (name: string) => path.join(dir, name);
  return `# Written by @bfp/services; the main directives before events {} and the http block's contents are the caller's.
${mainConfig ? `${mainConfig.trim()}\n` : ''}${
    // As root the workers would run as nobody, who cannot read files a test creates in its own mkdtemp folder (0700).
    runningAsRoot() ? 'user root;\n' : ''
  }worker_processes 1;
daemon off;
pid ${inDir('nginx.pid')};
error_log ${inDir('error.log')} notice;

events {
  worker_connections 1024;
}

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${inDir('access.log')};
  client_body_temp_path ${inDir('temp/client_body')};
  proxy_temp_path ${inDir('temp/proxy')};
  fastcgi_temp_path ${inDir('temp/fastcgi')};
  uwsgi_temp_path ${inDir('temp/uwsgi')};
  scgi_temp_path ${inDir('temp/scgi')};

${config}
}
`;
}

/** The master's worker processes, and whether each still accepts (a worker retiring after SIGHUP renames itself). */
function workers(masterPid: number): Array<{ pid: number; retiring: boolean }> {
  const found: Array<{ pid: number; retiring: boolean }> = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (after the parenthesised name, which may hold spaces) is the parent's pid.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== masterPid) continue;
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.includes('worker process'))
        found.push({ pid: Number(entry), retiring: title.includes('shutting down') });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function waitFor({
  what,
  ready,
  child,
  details,
}: {
  what: string;
  ready: () => boolean;
  child: ChildProcess;
  details: () => string;
}) {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  while (!ready()) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx exited (${child.signalCode ?? `exit ${child.exitCode}`}) before ${what}:\n${details()}`);
    if (Date.now() > deadline)
      throw new Error(`nginx: ${what} did not happen within ${WAIT_TIMEOUT_MS / 1000} s:\n${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A private nginx (`nginx -p <dir> -c <dir>/nginx.conf`) run in the foreground as a child of this process. */
export async function startNginx({ dir: wanted, config, mainConfig, log }: NginxOptions): Promise<NginxServer> {
  const nginx = requireNginx();
  const dir = path.resolve(wanted);
  const configFile = path.join(dir, 'nginx.conf');
  const errorLog = path.join(dir, 'error.log');
  const accessLog = path.join(dir, 'access.log');
  const pidFile = path.join(dir, 'nginx.pid');
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });

  // -e: nginx opens its built-in error log (/var/log/nginx) before reading the config; a non-root user cannot.
  const baseArgs = ['-p', dir, '-e', errorLog];
  const test = async (file: string) => {
    try {
      await runCommand({ command: nginx, args: [...baseArgs, '-t', '-q', '-c', file], label: 'nginx -t' });
    } catch (error) {
      throw new Error(
        `nginx refused the config: ${(error as Error).message.replace(/^nginx -t failed \([^)]*\):\n/, '')}`,
      );
    }
  };
  const write = async (contents: string) => {
    // Tested under another name first, so a refused config never replaces the one in use.
    const candidate = path.join(dir, 'nginx.next.conf');
    fs.writeFileSync(candidate, fullConfig({ dir, config: contents, mainConfig }));
    try {
      await test(candidate);
    } catch (error) {
      fs.rmSync(candidate, { force: true });
      throw error;
    }
    fs.renameSync(candidate, configFile);
  };
  const errorLogSince = (offset: number) =>
    fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8').slice(offset).trim() : '';
  const errorLogSize = () => (fs.existsSync(errorLog) ? fs.statSync(errorLog).size : 0);

  await write(config);
  fs.rmSync(pidFile, { force: true });
  const child = spawn(nginx, [...baseArgs, '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const forget = endWithUs({ child, signal: 'SIGTERM' });
  const output = followOutput({ child, label: 'nginx', log });
  const startedAt = errorLogSize();
  // The master writes its pid file after binding every listen socket, then starts the workers that accept.
  await waitFor({
    what: 'listening',
    child,
    ready: () =>
      fs.existsSync(pidFile) &&
      fs.readFileSync(pidFile, 'utf8').trim() === String(child.pid) &&
      workers(child.pid!).length > 0,
    details: () => [output.tail(), errorLogSince(startedAt)].filter(Boolean).join('\n'),
  }).catch(async (error) => {
    child.kill('SIGTERM');
    await exited(child);
    forget();
    throw error;
  });

  return {
    configFile,
    errorLog,
    accessLog,
    reload: async (next) => {
      await write(next);
      const before = new Set(workers(child.pid!).map((worker) => worker.pid));
      const logOffset = errorLogSize();
      child.kill('SIGHUP');
      // In effect once new workers exist and every old one has stopped accepting (the master waits 100 ms between).
      await waitFor({
        what: 'the new config taking effect',
        child,
        ready: () => {
          const now = workers(child.pid!);
          return (
            now.some((worker) => !before.has(worker.pid)) &&
            now.every((worker) => !before.has(worker.pid) || worker.retiring)
          );
        },
        details: () => errorLogSince(logOffset),
      });
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
      forget();
    },
  };
}
