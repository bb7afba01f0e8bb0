/**
 * `npm run restore -- <backup folder>`: restores a backup made by `npm run backup` into the database DATABASE_URL names
 * and the MEDIA_DIR folder, both of which must be new and empty; it never overwrites a database. Checks the manifest and
 * every checksum first, and the restored row counts after. Start the CMS on the restored database afterwards (its
 * release step applies any migration newer than the backup).
 */
import path from 'node:path';
import { readCmsEnvOrExit } from '../env.ts';
import { BackupError, EXIT } from '../backup/manifest.ts';
import { restoreBackup } from '../backup/restoreBackup.ts';

const [given] = process.argv.slice(2);
if (!given) {
  console.error('Usage: npm run restore -- <backup folder>   (DATABASE_URL and MEDIA_DIR name the new, empty targets)');
  process.exit(EXIT.usage);
}
// npm runs this in cms/; a relative folder means relative to where the operator typed the command.
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
const env = readCmsEnvOrExit();
try {
  const manifest = await restoreBackup({ env, dir });
  console.log(
    [
      `Restored ${dir}`,
      `  into ${env.databaseKind === 'postgres' ? new URL(env.databaseUrl).pathname.slice(1) : env.databaseUrl} (recovery point ${manifest.snapshotAt}); ${manifest.inventory.tables.enquiries ?? 0} enquiries, every table's rows as counted at backup`,
      manifest.media.storage === 'folder'
        ? `  media: ${manifest.media.files.length} files into ${env.mediaDir}, checksums verified`
        : '  media: in the S3 bucket (not part of this backup)',
    ].join('\n'),
  );
  process.exit(0);
} catch (error) {
  console.error(`Restore refused: ${(error as Error).message}`);
  process.exit(error instanceof BackupError ? error.exitCode : 70);
}
