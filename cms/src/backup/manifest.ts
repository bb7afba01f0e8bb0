import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * One backup is one folder: the database (a pg_dump custom-format archive or a SQLite file), the media folder's files,
 * and manifest.json, written last. The manifest is what restore verifies against before and after it restores: every
 * file's checksum, the migrations the database had run, and every table's row count inside the backup's snapshot.
 */
export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'bfp-backup/1';

const checkedFile = z.object({
  path: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CheckedFile = z.infer<typeof checkedFile>;

const inventory = z.object({
  /** Payload's payload_migrations rows: the schema state a restored database has, before `prepare` migrates it on. */
  migrations: z.array(z.object({ name: z.string(), batch: z.number().nullable() })),
  /** Rows per table, counted inside the same snapshot the backup copied. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
});
export type Inventory = z.infer<typeof inventory>;

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  /** The recovery point: everything committed before this moment is in the backup, nothing after it. */
  snapshotAt: z.string(),
  finishedAt: z.string(),
  database: checkedFile.extend({ kind: z.enum(['sqlite', 'postgres']), tool: z.string() }),
  inventory,
  media: z.object({
    /** "folder": the files are in media/; "s3": uploads live in a bucket, which this backup does not copy. */
    storage: z.enum(['folder', 's3']),
    files: z.array(checkedFile),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A refusal the operator must act on, with the exit status the command ends with (sysexits.h). */
export class BackupError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}
export const EXIT = { usage: 64, badBackup: 65, targetNotEmpty: 73, failed: 70 } as const;

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function checkFile(root: string, relative: string): Promise<CheckedFile> {
  const file = path.join(root, relative);
  return { path: relative, bytes: fs.statSync(file).size, sha256: await sha256File(file) };
}

export function writeManifest(dir: string, manifest: Manifest) {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The manifest, and every file it lists present with its checksum; anything else is refused before a restore starts. */
export async function readVerifiedManifest(dir: string): Promise<Manifest> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new BackupError(`No backup at ${dir}: give the folder \`npm run backup\` printed.`, EXIT.badBackup);
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw new BackupError(
      `${dir} has no ${MANIFEST_FILE}: it is not a finished backup (a backup that was interrupted has none).`,
      EXIT.badBackup,
    );
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    throw new BackupError(
      `${file} is not valid JSON (${(error as Error).message}): the backup is damaged.`,
      EXIT.badBackup,
    );
  }
  if (!parsed.success)
    throw new BackupError(
      `${file} is not a ${FORMAT} manifest: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      EXIT.badBackup,
    );
  const manifest = parsed.data;
  const expected = [
    manifest.database,
    ...manifest.media.files.map((media) => ({ ...media, path: path.join('media', media.path) })),
  ];
  for (const entry of expected) {
    const full = path.join(dir, entry.path);
    if (!isInside(dir, full))
      throw new BackupError(
        `The manifest names ${entry.path}, outside the backup folder: refusing it.`,
        EXIT.badBackup,
      );
    if (!fs.existsSync(full))
      throw new BackupError(`The backup is incomplete: ${entry.path} is missing.`, EXIT.badBackup);
    const actual = await checkFile(dir, entry.path);
    if (actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256)
      throw new BackupError(
        `The backup is damaged: ${entry.path} does not match its checksum in the manifest.`,
        EXIT.badBackup,
      );
  }
  return manifest;
}

export const isInside = (root: string, candidate: string) => {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Where a restored database's inventory differs from the manifest's; empty when it is the same. */
export function inventoryDifferences(expected: Inventory, actual: Inventory): string[] {
  const problems: string[] = [];
  const names = (list: Inventory['migrations']) => list.map((migration) => migration.name).join(', ');
  if (names(expected.migrations) !== names(actual.migrations))
    problems.push(`migrations are [${names(actual.migrations)}], the backup had [${names(expected.migrations)}]`);
  for (const table of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    if (expected.tables[table] !== actual.tables[table])
      problems.push(
        `table ${table} has ${actual.tables[table] ?? 'no'} rows, the backup had ${expected.tables[table] ?? 'no such table'}`,
      );
  }
  return problems;
}
