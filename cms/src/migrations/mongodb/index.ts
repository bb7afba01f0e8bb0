import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-mongodb';

/**
 * MongoDB has no table schema to create, so there is nothing to migrate yet. Data migrations for MongoDB go here,
 * created with `DATABASE_URL=mongodb://… npm run payload -- migrate:create <name>`.
 */
export const migrations: Array<{ name: string; up: (args: MigrateUpArgs) => Promise<void>; down: (args: MigrateDownArgs) => Promise<void> }> = [];
