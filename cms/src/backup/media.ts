import fs from 'node:fs';
import path from 'node:path';
import { BackupError, EXIT, checkFile, type CheckedFile } from './manifest.ts';

function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Copies the uploads folder after the database snapshot: Payload writes an upload's files before the row that names
 * them, so every file a backed-up row names is already there. A file uploaded after the snapshot is copied too, harmless.
 */
export async function backupMedia({ mediaDir, into }: { mediaDir: string; into: string }): Promise<CheckedFile[]> {
  const files: CheckedFile[] = [];
  for (const relative of filesUnder(mediaDir)) {
    const target = path.join(into, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.copyFileSync(path.join(mediaDir, relative), target);
    } catch (error) {
      // Deleted between listing and copying (an editor removed the image): its row is gone from later backups too.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    files.push(await checkFile(into, relative));
  }
  return files;
}

export function refuseNonEmptyMedia(mediaDir: string) {
  const existing = filesUnder(mediaDir);
  if (existing.length) {
    throw new BackupError(
      `Refusing to restore media into ${mediaDir}: it already holds ${existing.length} files. Set MEDIA_DIR to a new, empty folder.`,
      EXIT.targetNotEmpty,
    );
  }
}

export function restoreMedia({ from, mediaDir, files }: { from: string; mediaDir: string; files: CheckedFile[] }) {
  for (const file of files) {
    const target = path.join(mediaDir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(from, file.path), target);
  }
}
