import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

// Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on here.
const TICK_MS = 10;

/** The process listening on a loopback TCP port (a CMS web instance), found the way an operator would, with ss. */
export function listenerPid(port: number): number {
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  if (!pid) throw new Error(`nothing is listening on port ${port}`);
  return Number(pid);
}

/** CPU time the process has used so far, user and system, in ms (from /proc/<pid>/stat). */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(rss) / 1024;
}

/** The process under `rootPid` (npm, a shell, then Node) whose command line contains `pattern`. */
export function descendantPid(rootPid: number, pattern: string): number | undefined {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Ended while we looked.
    }
  }
  const under = (pid: number): boolean => pid === rootPid || (parents.has(pid) && pid > 1 && under(parents.get(pid)!));
  for (const pid of parents.keys()) {
    if (pid === rootPid || !under(pid)) continue;
    try {
      if (
        fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(pattern) &&
        fs.readlinkSync(`/proc/${pid}/exe`).includes('node')
      )
        return pid;
    } catch {
      // Ended while we looked.
    }
  }
  return undefined;
}
