import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Of the paths given, those git ignores (`git check-ignore` prints them; exit status 1 means none). */
function ignoredByGit(paths: string[]): string[] {
  try {
    return execFileSync('git', ['check-ignore', '--no-index', ...paths], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}

// Written where `npm start`, the cluster, builds and tests put what they make: each breaks three rules.
const PROBE = 'lint-probe-eslint-ignores';
const BAD_CODE = 'var unused = 1;\ndebugger;\nundefinedThing();\n';
const probes = [
  `packages/local-stack/.sites/${PROBE}/releases/1/_astro/client.js`,
  `packages/cluster/.cluster/${PROBE}/sites/index.js`,
  `sites/dudley/dist/${PROBE}.js`,
  `cms/.next/${PROBE}/server.js`,
  `packages/local-stack/.tmp/${PROBE}/bundle.mjs`,
  `packages/fleet-build/.bench-sites-${PROBE}/a.js`,
];

describe('ESLint ignores what git ignores', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
    for (const file of probes) {
      fs.mkdirSync(path.join(repoRoot, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(repoRoot, file), BAD_CODE);
    }
  });
  // Only what bears the probe's name is removed, then each folder above it that is left empty. Not the topmost folder
  // the probe found missing: another suite may have written into it since (the local stack's report goes to its .tmp
  // while this suite runs beside it, and was once removed with the probe).
  afterAll(() => {
    for (const file of probes) {
      const segments = file.split('/');
      const own = segments.findIndex((segment) => segment.includes(PROBE)) + 1;
      fs.rmSync(path.join(repoRoot, ...segments.slice(0, own)), { recursive: true, force: true });
      for (let depth = own - 1; depth > 0; depth--) {
        const folder = path.join(repoRoot, ...segments.slice(0, depth));
        if (fs.existsSync(folder) && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
        else break;
      }
    }
  });

  it('the probes are in folders git ignores (so the check below means something)', () => {
    expect(ignoredByGit(probes).sort()).toEqual([...probes].sort());
  });

  it('never reports a file in a folder git ignores, however many errors it holds', async () => {
    for (const file of probes) expect(await eslint.isPathIgnored(path.join(repoRoot, file)), file).toBe(true);
    // Linting the packages as `npm run lint` does: none of the probes is among the files read.
    const results = await eslint.lintFiles(['packages/local-stack', 'packages/fleet-build/src']);
    const linted = results.map((result) => path.relative(repoRoot, result.filePath));
    expect(linted.length).toBeGreaterThan(5);
    expect(linted.filter((file) => file.includes(PROBE))).toEqual([]);
  }, 60_000);

  it('still lints the source beside them', async () => {
    for (const file of ['cms/src/env.ts', 'packages/local-stack/src/stack.ts', 'sites/dudley/astro.config.ts']) {
      expect(ignoredByGit([file])).toEqual([]);
      expect(await eslint.isPathIgnored(path.join(repoRoot, file)), file).toBe(false);
    }
  });
});
