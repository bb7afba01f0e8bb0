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
