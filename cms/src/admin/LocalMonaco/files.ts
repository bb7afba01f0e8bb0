import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** monaco-editor's `min/vs` folder, found from the CMS's working directory up, as Node would resolve the package. */
function monacoVsDir(from = process.cwd()): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'monaco-editor', 'min', 'vs');
    if (fs.existsSync(path.join(candidate, 'loader.js'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * One file of Monaco's build: only .js and .css, only inside `min/vs`, revalidated by ETag (the files keep their names
 * across versions, so they may not be cached for good).
 */
export function monacoFileResponse(segments: readonly string[], ifNoneMatch: string | null, root = monacoVsDir()): Response {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!root || !segments.length || segments.some((s) => !s || s.startsWith('.') || s.includes('/') || s.includes('\\'))) return notFound();
  const file = path.join(root, ...segments);
  const type = CONTENT_TYPES[path.extname(file)];
  if (!type || !file.startsWith(root + path.sep)) return notFound();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return notFound();
  }
  if (!stat.isFile()) return notFound();
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
  const headers = { 'Content-Type': type, ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  return new Response(fs.readFileSync(file), { status: 200, headers });
}
