import path from 'node:path';
import type { CmsEnv } from '../env.ts';
import { BackupError, EXIT, inventoryDifferences, readVerifiedManifest, type Manifest } from './manifest.ts';
import { refuseNonEmptyMedia, restoreMedia } from './media.ts';
import { checkPostgresArchive, refuseNonEmptyPostgres, restorePostgres } from './postgres.ts';
import { checkSqliteFile, refuseExistingSqlite, restoreSqlite } from './sqlite.ts';

/**
 * Restores a backup into the database DATABASE_URL names and the folder MEDIA_DIR names, both of which must be empty
 * (a new database, a new file, a new folder): every check that can refuse runs before anything is written. Afterwards
 * the restored database is counted again and must match the manifest table by table.
 */
export async function restoreBackup({ env, dir }: { env: CmsEnv; dir: string }): Promise<Manifest> {
  const manifest = await readVerifiedManifest(dir);
  const kind = manifest.database.kind;
  if (env.databaseKind !== kind)
    throw new BackupError(
      `This is a ${kind} backup, but DATABASE_URL names a ${env.databaseKind} database: restore it into a ${kind} database.`,
      EXIT.usage,
    );
  const databaseFile = path.join(dir, manifest.database.path);
  if (kind === 'postgres') await checkPostgresArchive(databaseFile);
  else await checkSqliteFile(databaseFile);
  const withMedia = manifest.media.storage === 'folder' && !env.s3;
  if (manifest.media.files.length && env.s3)
    throw new BackupError(
      'The backup holds media files but S3_BUCKET is set: restore into a MEDIA_DIR folder and copy its files to the bucket.',
      EXIT.usage,
    );
  if (kind === 'postgres') await refuseNonEmptyPostgres(env.databaseUrl);
  else refuseExistingSqlite(env.databaseUrl);
  if (withMedia) refuseNonEmptyMedia(env.mediaDir);
  // Loaded only now: the migrations bring their adapter, seconds of start-up the cheap refusals above need not wait for.
  const { committedMigrationNames } = await import('../db.ts');
  const known = new Set(await committedMigrationNames(kind));
  const unknown = manifest.inventory.migrations.filter(
    (migration) => migration.name !== 'dev' && !known.has(migration.name),
  );
  if (unknown.length) {
    throw new BackupError(
      `The backup's database ran migrations this release does not have (${unknown.map((m) => m.name).join(', ')}): restore it with the release that made it, or a newer one.`,
      EXIT.usage,
    );
  }

  const restored =
    kind === 'postgres'
      ? await restorePostgres({ databaseUrl: env.databaseUrl, file: databaseFile })
      : await restoreSqlite({ databaseUrl: env.databaseUrl, file: databaseFile });
  if (withMedia) restoreMedia({ from: path.join(dir, 'media'), mediaDir: env.mediaDir, files: manifest.media.files });
  const problems = inventoryDifferences(manifest.inventory, restored);
  if (problems.length)
    throw new BackupError(
      `The restored database does not match the backup (${problems.join('; ')}). Do not use it; drop it and report this.`,
      EXIT.failed,
    );
  return manifest;
}
