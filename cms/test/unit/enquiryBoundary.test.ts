import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The enquiry has one home, collections/Enquiries, and imports flow one way: the rest of the CMS uses it through its
 * index.ts, and nothing in it reaches back into jobs/ or admin/. (The admin's import map is Payload's generated file,
 * which names each admin component by its own path.)
 */
const src = path.resolve(import.meta.dirname, '../../src');
const home = path.join(src, 'collections/Enquiries');
const entry = path.join(home, 'index.ts');
const generated = new Set([path.join(src, 'app/(payload)/admin/importMap.js')]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** Every relative module a file imports (static, dynamic and re-exports), resolved to its absolute path. */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier));
}

const inside = (file: string) => file === home || file.startsWith(home + path.sep);

describe('the enquiry’s one home', () => {
  it('is used from outside only through collections/Enquiries/index.ts', () => {
    const deep = sourceFiles(src)
      .filter((file) => !inside(file) && !generated.has(file))
      .flatMap((file) =>
        relativeImports(file)
          .filter((target) => inside(target) && target !== entry)
          .map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
      );
    expect(deep).toEqual([]);
  });

  it('imports nothing from jobs/ or admin/', () => {
    const back = sourceFiles(home).flatMap((file) =>
      relativeImports(file)
        .filter((target) => ['jobs', 'admin'].some((folder) => target.startsWith(path.join(src, folder) + path.sep)))
        .map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
    );
    expect(back).toEqual([]);
  });

  it('holds the e-mail outbox, the retention rule, the dashboard and the CSV export', () => {
    for (const folder of ['emails', 'retention', 'dashboard', 'csv'])
      expect(fs.existsSync(path.join(home, folder)), folder).toBe(true);
    for (const old of ['jobs/enquiryEmails', 'admin/EnquiryDashboard', 'admin/EnquiryCsvDownload'])
      expect(fs.existsSync(path.join(src, old)), old).toBe(false);
  });
});
