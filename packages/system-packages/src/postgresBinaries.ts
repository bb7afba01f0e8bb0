import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SERVER_BINARIES = ['initdb', 'postgres'];

const hasServerBinaries = (dir: string) => SERVER_BINARIES.every((name) => fs.existsSync(path.join(dir, name)));

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The folder holding initdb and postgres. Debian keeps them off PATH in /usr/lib/postgresql/<major>/bin; pg_config
 * may come from libpq-dev alone (a client without the server), so its answer counts only if the server is there.
 */
export function findPostgresBinDir(): string | undefined {
  const fromPgConfig = pgConfigBinDir();
  if (fromPgConfig && hasServerBinaries(fromPgConfig)) return fromPgConfig;
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return majors.map((major) => path.join(root, major, 'bin')).find(hasServerBinaries);
}

export function requirePostgresBinDir(): string {
  const dir = findPostgresBinDir();
  if (!dir) {
    throw new Error(
      'PostgreSQL server binaries (initdb, postgres) were not found in `pg_config --bindir` or /usr/lib/postgresql/*/bin: install the Debian package with `apt-get install -y postgresql`.',
    );
  }
  return dir;
}
