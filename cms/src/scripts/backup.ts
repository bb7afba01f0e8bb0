/**
 * `npm run backup`: one backup of the database DATABASE_URL names and the MEDIA_DIR folder, into a new folder under
 * BACKUP_DIR, while the CMS keeps running. Prints the folder; exits non-zero with the reason when it cannot.
 */
import { readCmsEnvOrExit } from '../env.ts';
import { BackupError } from '../backup/manifest.ts';
import { createBackup } from '../backup/createBackup.ts';

const env = readCmsEnvOrExit();
try {
  const { dir, manifest } = await createBackup({ env, backupRoot: env.backupDir });
  const { tables } = manifest.inventory;
  console.log(
    [
      `Backup complete: ${dir}`,
      `  ${manifest.database.kind} (${manifest.database.tool}), recovery point ${manifest.snapshotAt}`,
      `  ${tables.enquiries ?? 0} enquiries, ${tables.partners ?? 0} partners, ${Object.keys(tables).length} tables; ${manifest.inventory.migrations.length} migrations run`,
      manifest.media.storage === 's3'
        ? '  media: in the S3 bucket, not copied (use the bucket’s versioning or replication)'
        : `  media: ${manifest.media.files.length} files`,
    ].join('\n'),
  );
  process.exit(0);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(error instanceof BackupError ? error.exitCode : 70);
}
