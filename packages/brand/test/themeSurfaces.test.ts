import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/index.ts';

// The contrast rules check partner colours against THEMES' surfaces; the pages are painted with the themes' CSS.
// Were the two to drift, a brand could pass the check and still fail on the page.
const themesDir = path.resolve(import.meta.dirname, '../../../themes');
const tokens = (file: string) => {
  const css = fs.readFileSync(path.join(themesDir, file), 'utf8');
  return Object.fromEntries(
    [...css.matchAll(/(--colour-(?:background|surface)):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [
      name!,
      value!.toLowerCase(),
    ]),
  );
};

describe("the themes' CSS paints pages with exactly the surfaces the brand rules check", () => {
  const base = tokens('base/tokens.css');

  it('civic (the base theme): its page background and panels', () => {
    expect([base['--colour-background'], base['--colour-surface']]).toEqual([...THEMES.civic.surfaces]);
  });

  it('warm: the base page background and its own panels', () => {
    const warm = { ...base, ...tokens('warm/theme.css') };
    expect([warm['--colour-background'], warm['--colour-surface']]).toEqual([...THEMES.warm.surfaces]);
  });

  it('has a theme table entry for every theme folder but the base', () => {
    const folders = fs
      .readdirSync(themesDir)
      .filter((name) => fs.existsSync(path.join(themesDir, name, 'package.json')) && name !== 'base');
    expect(folders.sort()).toEqual(
      Object.keys(THEMES)
        .filter((name) => name !== 'civic')
        .sort(),
    );
  });
});
