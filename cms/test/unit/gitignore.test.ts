import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCmsEnv } from '../../src/env.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Paths git would add, of those given: `git check-ignore` prints the ignored ones. */
function notIgnored(paths: string[]): string[] {
  let ignored = '';
  try {
    ignored = execFileSync('git', ['check-ignore', '--no-index', ...paths], { cwd: repoRoot, encoding: 'utf8' });
  } catch (error) {
    // Exit status 1: none of them is ignored.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  const ignoredSet = new Set(ignored.split('\n').filter(Boolean));
  return paths.filter((p) => !ignoredSet.has(p));
}

describe('folders that can hold personal data are never committed', () => {
  it("the embedded database, carers' e-mails, uploads and the production tier's data", () => {
    // The defaults the CMS really writes to, so moving one without ignoring it fails here.
    const env = readCmsEnv({ NODE_ENV: 'production', BFP_ENV: 'local' });
    const rel = (absolute: string) => path.relative(repoRoot, absolute);
    const paths = [
      rel(env.databaseUrl.replace(/^file:/, '')),
      `${rel(env.databaseUrl.replace(/^file:/, ''))}-wal`,
      `${rel(env.mailDir)}/2026-12-03-enquiry.eml`,
      `${rel(env.mediaDir)}/carer-photo.jpg`,
      `${rel(env.backupDir)}/2026-12-06T20-00-00Z-sqlite/database.sqlite`,
      'cms/data/anything-else.json',
      '.cluster/postgres/base/1/1259',
      '.cluster/mail/team.eml',
      '.cluster/media/photo.png',
      'packages/local-stack/.tmp/stack/cms.db',
      'cms/.env',
    ];
    expect(notIgnored(paths)).toEqual([]);
  });

  it('the check itself can fail: source files are not ignored', () => {
    expect(notIgnored(['cms/src/env.ts'])).toEqual(['cms/src/env.ts']);
  });
});
