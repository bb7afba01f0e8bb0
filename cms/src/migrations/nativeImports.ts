import fs from 'node:fs';
import path from 'node:path';

/**
 * The CMS's scripts run on Node's own TypeScript support (type stripping), which, unlike a bundler, needs a file
 * extension on every relative import and `type` on every import of a type alone. Payload's `migrate:create` writes
 * neither: its index imports './<name>' and each migration imports `{ MigrateUpArgs, MigrateDownArgs, sql }`. This
 * rewrites a generated file so Node can load it; applied to a file already rewritten, it changes nothing.
 */
export function nativeImports(source: string): string {
  return source
    .replace(/^(import \* as migration_\w+ from '\.\/[\w-]+)';$/gm, "$1.ts';")
    .replace(
      /^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '(@payloadcms\/db-\w+)'/gm,
      "import { type MigrateUpArgs, type MigrateDownArgs, sql } from '$1'",
    );
}

export const MIGRATION_DIRS = ['sqlite', 'postgres', 'mongodb'].map((kind) => path.join(import.meta.dirname, kind));

/** The generated files under `dirs` that Node could not load as they are. */
export function filesNeedingNativeImports(dirs = MIGRATION_DIRS): string[] {
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(dir, name))
      .filter((file) => {
        const source = fs.readFileSync(file, 'utf8');
        return nativeImports(source) !== source;
      }),
  );
}

/** Rewrites every generated file under `dirs` that needs it; returns the files it changed. */
export function applyNativeImports(dirs = MIGRATION_DIRS): string[] {
  const files = filesNeedingNativeImports(dirs);
  for (const file of files) fs.writeFileSync(file, nativeImports(fs.readFileSync(file, 'utf8')));
  return files;
}
