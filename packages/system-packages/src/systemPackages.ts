import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findPostgresBinDir } from './postgresBinaries.ts';
import { runningAsRoot } from './systemAccount.ts';

/** A program the product or its tests need from Debian, and the Debian package that provides it. */
export interface SystemTool {
  name: string;
  debianPackage: string;
  /** Where it was found, or undefined when missing. */
  find: () => string | undefined;
}

function onPath(command: string): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${command}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const existing = (...candidates: Array<string | undefined>) => candidates.find((file) => file && fs.existsSync(file));

// /usr/sbin is not on every user's PATH, so look there first.
const findNginx = () => existing('/usr/sbin/nginx', '/usr/bin/nginx') ?? onPath('nginx');

/** The nginx binary Debian installs, or a clear error saying how to install it. */
export function requireNginx(): string {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx was not found: install the Debian package with `apt-get install -y nginx`.');
  return nginx;
}

export const SYSTEM_TOOLS: SystemTool[] = [
  // Playwright's own browser builds cannot be downloaded here; the tests drive Debian's (CHROMIUM_PATH overrides).
  { name: 'chromium', debianPackage: 'chromium', find: () => existing(process.env.CHROMIUM_PATH, '/usr/bin/chromium') },
  { name: 'nginx', debianPackage: 'nginx', find: findNginx },
  // The partner sites' precompressed .br files (brotli_static); a dynamic module, so only its .so shows it is there.
  {
    name: 'nginx brotli module',
    debianPackage: 'libnginx-mod-http-brotli-static',
    find: () =>
      existing(
        '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
        '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
      ),
  },
  { name: 'PostgreSQL server (initdb, postgres)', debianPackage: 'postgresql', find: findPostgresBinDir },
];

export const missingTools = (tools: SystemTool[] = SYSTEM_TOOLS): SystemTool[] => tools.filter((tool) => !tool.find());

export type EnsureResult = { ok: true; installed: string[] } | { ok: false; message: string };

/**
 * Installs what is missing with apt-get when it can (root, Debian), else says in one line which command to run.
 * CI runs as root on a fresh Debian machine, so it installs; a developer without root is told what to do at once.
 */
export function ensureSystemPackages({
  tools = SYSTEM_TOOLS,
  canInstall = runningAsRoot() && Boolean(onPath('apt-get')),
  log = (line: string) => console.error(line),
}: { tools?: SystemTool[]; canInstall?: boolean; log?: (line: string) => void } = {}): EnsureResult {
  const missing = missingTools(tools);
  if (missing.length === 0) return { ok: true, installed: [] };
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))];
  const command = `apt-get install -y ${packages.join(' ')}`;
  if (!canInstall) {
    return {
      ok: false,
      message: `Missing ${missing.map((tool) => tool.name).join(', ')}: run \`sudo apt-get update && sudo ${command}\``,
    };
  }
  log(`Installing Debian packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0)
      return {
        ok: false,
        message: `\`apt-get ${args.join(' ')}\` failed (exit ${result.status}): run \`${command}\` yourself and see why.`,
      };
  }
  const stillMissing = missingTools(tools);
  if (stillMissing.length > 0)
    return {
      ok: false,
      message: `apt-get installed ${packages.join(' ')} but ${stillMissing.map((tool) => tool.name).join(', ')} is still missing.`,
    };
  return { ok: true, installed: packages };
}
