import { describe, expect, it } from 'vitest';
import { filesNeedingNativeImports, nativeImports } from '../../src/migrations/nativeImports.ts';

describe('the migrations Node loads without a loader', () => {
  it('rewrites what migrate:create writes, and leaves a rewritten file as it is', () => {
    const index = "import * as migration_20270101_000000_x from './20270101_000000_x';\n";
    const migration = "import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'\n";
    expect(nativeImports(index)).toBe("import * as migration_20270101_000000_x from './20270101_000000_x.ts';\n");
    expect(nativeImports(migration)).toBe(
      "import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'\n",
    );
    expect(nativeImports(nativeImports(index))).toBe(nativeImports(index));
  });

  it('are every committed one: a file made by `payload migrate:create` alone is named here', () => {
    expect(
      filesNeedingNativeImports(),
      'made by a bare `payload migrate:create`: make migrations with `npm run migrate:create --workspace=@bfp/cms -- <name>`, ' +
        'which rewrites them, or give each relative import its `.ts` and each type-only import its `type`',
    ).toEqual([]);
  });
});
