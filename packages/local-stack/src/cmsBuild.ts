import { repoRoot } from './repo.ts';
import { runNpm } from './processes.ts';

/** `next build` of the CMS through turbo, so an unchanged CMS is restored from cache in about a second. */
export function buildCms(log?: (line: string) => void): Promise<void> {
  return runNpm(['exec', '--', 'turbo', 'run', 'build', '--filter=@bfp/cms', '--output-logs=errors-only'], {
    cwd: repoRoot,
    label: 'cms build',
    log,
  });
}
