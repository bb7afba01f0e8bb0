import fs from 'node:fs';

export interface SystemAccount {
  uid: number;
  gid: number;
}

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** A system account's ids from /etc/passwd (Debian's packages create theirs there, e.g. `postgres`). */
export function systemAccount(name: string): SystemAccount | undefined {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
