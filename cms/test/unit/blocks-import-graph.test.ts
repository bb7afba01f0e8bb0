import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const cmsDir = path.resolve(import.meta.dirname, '../..');
const rootDir = path.dirname(cmsDir);

/** The file a workspace package's export names (`@bfp/blocks/config` → packages/blocks/src/config.ts), or null. */
function workspaceExport(specifier: string): string | null {
  const [scope, name, ...rest] = specifier.split('/');
  const packageDir = fs.realpathSync(path.join(rootDir, 'node_modules', `${scope}/${name}`));
  const exports = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).exports as Record<
    string,
    string
  >;
  const subpath = rest.length ? `./${rest.join('/')}` : '.';
  for (const [key, target] of Object.entries(exports)) {
    if (key === subpath) return path.join(packageDir, target);
    const [prefix, suffix = ''] = key.split('*');
    if (key.includes('*') && subpath.startsWith(prefix!) && subpath.endsWith(suffix))
      return path.join(packageDir, target.replace('*', subpath.slice(prefix!.length, subpath.length - suffix.length)));
  }
  return null;
}

function resolve(from: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const base = path.resolve(path.dirname(from), specifier);
    return (
      [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
        (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
      ) ?? base
    );
  }
  if (specifier.startsWith('@bfp/')) return workspaceExport(specifier);
  return null;
}

/**
 * Every file of this repository the CMS's config reaches through its imports (type-only ones too, since they still
 * tie the CMS to that code), and every package outside it named on the way.
 */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    for (const { fileName: specifier } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolve(file, specifier);
      if (target) pending.push(target);
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

describe('the CMS never imports site code', () => {
  const { files, packages } = importGraph(path.join(cmsDir, 'src/payload.config.ts'));
  const relative = [...files].map((file) => path.relative(rootDir, file));

  it('reaches the blocks through their config entry point only', () => {
    expect(relative).toContain('cms/src/collections/Pages/index.ts');
    expect(relative).toContain('packages/blocks/src/config.ts');
    expect(
      relative.filter((file) => file.startsWith('packages/blocks/') && !/\/(config|fields)\.ts$/.test(file)),
    ).toEqual([]);
  });

  it('reaches no component, no site-kit and no content loader', () => {
    expect(
      relative.filter((file) => file.endsWith('.astro') || /^packages\/(site-kit|content|fleet)\//.test(file)),
    ).toEqual([]);
    expect([...packages].filter((name) => /^astro($|\/)|^@astrojs\//.test(name))).toEqual([]);
  });
});
