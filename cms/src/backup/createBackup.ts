import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CmsEnv } from '../env.ts';
import { BackupError, EXIT, FORMAT, checkFile, writeManifest, type Manifest } from './manifest.ts';
import { backupMedia } from './media.ts';
import { dumpPostgres } from './postgres.ts';
import { backupSqlite } from './sqlite.ts';

export const DATABASE_FILE = { postgres: 'database.pgdump', sqlite: 'database.sqlite' } as const;

/**
 * One backup of what the CMS keeps: its database (the one DATABASE_URL names) and its uploads folder (MEDIA_DIR),
 * into a new folder under `backupRoot`, named after its recovery point. It is assembled under a hidden name and
 * renamed once the manifest is written, so a folder with the final name is always a complete backup.
 */
export async function createBackup({
  env,
  backupRoot,
}: {
  env: CmsEnv;
  backupRoot: string;
}): Promise<{ dir: string; manifest: Manifest }> {
  const kind = env.databaseKind;
  if (kind === 'mongodb')
    throw new BackupError(
      'MongoDB is not backed up by this command: use mongodump (or the hosting service’s snapshots) and copy MEDIA_DIR beside it.',
      EXIT.usage,
    );
  fs.mkdirSync(backupRoot, { recursive: true });
  const partial = path.join(backupRoot, `.partial-${crypto.randomUUID()}`);
  fs.mkdirSync(partial, { mode: 0o700 });
  try {
    const databaseFile = path.join(partial, DATABASE_FILE[kind]);
    const dumped =
      kind === 'postgres'
        ? await dumpPostgres({ databaseUrl: env.databaseUrl, file: databaseFile })
        : await backupSqlite({ databaseUrl: env.databaseUrl, file: databaseFile });
    const mediaFiles = env.s3 ? [] : await backupMedia({ mediaDir: env.mediaDir, into: path.join(partial, 'media') });
    const manifest: Manifest = {
      format: FORMAT,
      snapshotAt: dumped.snapshotAt.toISOString(),
      finishedAt: new Date().toISOString(),
      database: { kind, tool: dumped.tool, ...(await checkFile(partial, DATABASE_FILE[kind])) },
      inventory: dumped.inventory,
      media: { storage: env.s3 ? 's3' : 'folder', files: mediaFiles },
    };
    writeManifest(partial, manifest);
    const dir = path.join(backupRoot, `${manifest.snapshotAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}-${kind}`);
    if (fs.existsSync(dir))
      throw new BackupError(
        `${dir} already exists: two backups started in the same second; run it again.`,
        EXIT.failed,
      );
    fs.renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
