import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres';

// Empty until the first PostgreSQL migration is created, so production on PostgreSQL creates no tables yet. Typed
// with the adapter's own argument types: with `never` ones, `next build`'s type check refused db.ts (TS2322).
export const migrations: Array<{ name: string; up: (args: MigrateUpArgs) => Promise<void>; down: (args: MigrateDownArgs) => Promise<void> }> = [];
