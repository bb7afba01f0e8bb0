/**
 * Writes `<file>.br` and `<file>.gz` beside a release's text files, so nginx (`brotli_static`, `gzip_static`) and the
 * Node server (sirv's `brotli`/`gzip`) send compressed bytes without compressing per request. Run it on a release
 * folder before it goes live: both servers take a release as immutable once served (sirv lists its files once).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS, HASHED_ASSETS_PREFIX } from './headers.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this a response fits in the first TCP packets anyway; compressing it saves no round trip. */
export const MIN_COMPRESS_BYTES = 1024;
/** A variant that saves less than this share is not worth a file of its own. */
const MAX_KEPT_RATIO = 0.95;
/**
 * Hashed assets are compressed once and cached for a year: the slowest, smallest setting pays off. Pages are
 * recompressed on every release. Measured on 2 cores over 1,800 real HTML documents (27 KB average, 50 MB): brotli
 * quality 5 took 0.8 s for 24.2 % of the bytes, 6–9 no smaller (1.2–13 s), 11 took 34 s for 21.1 %; gzip 9 took
 * 0.8 s for 26.4 % and 6 took 0.5 s for 26.5 %. Compression alone, in memory; with reads and writes see `concurrency`.
 */
export const BROTLI_QUALITY = { hashedAsset: 11, page: 5 } as const;
export const GZIP_LEVEL = { hashedAsset: 9, page: 6 } as const;

export const isCompressible = (file: string): boolean =>
  (COMPRESSIBLE_EXTENSIONS as readonly string[]).includes(path.posix.extname(file).slice(1).toLowerCase());

export interface PrecompressOptions {
  /** The release folder. */
  dir: string;
  /** Paths relative to `dir`, with forward slashes; files that are not compressible are skipped. */
  files: readonly string[];
  /**
   * Files in flight at once. zlib's async calls and fs share libuv's thread pool (4 threads by default); more files
   * than threads keeps it busy while writes wait on the disk: 1,800 pages took 4.2 s at 8, 3.2–3.7 s at 16 here.
   */
  concurrency?: number;
}

async function compressOne(dir: string, file: string): Promise<string[]> {
  const source = path.join(dir, ...file.split('/'));
  const original = await fs.readFile(source);
  if (original.length < MIN_COMPRESS_BYTES) return [];
  const hashed = `/${file}`.startsWith(HASHED_ASSETS_PREFIX);
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: hashed ? BROTLI_QUALITY.hashedAsset : BROTLI_QUALITY.page,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    gzip(original, { level: hashed ? GZIP_LEVEL.hashedAsset : GZIP_LEVEL.page }),
  ]);
  const written: string[] = [];
  for (const [suffix, bytes] of [
    ['.br', br],
    ['.gz', gz],
  ] as const) {
    if (bytes.length > original.length * MAX_KEPT_RATIO) continue;
    await fs.writeFile(`${source}${suffix}`, bytes);
    written.push(`${file}${suffix}`);
  }
  return written;
}

/** Returns the files written, relative to `dir`. */
export async function precompressFiles({ dir, files, concurrency = 16 }: PrecompressOptions): Promise<string[]> {
  const queue = files.filter(isCompressible);
  const written: string[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const index = next++;
      written[index] = await compressOne(dir, queue[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return written.flat();
}
