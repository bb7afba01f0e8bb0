import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSiteFolders, listSiteFolders } from '../src/siteFolders.ts';

describe('comparing the site folders with the active partners', () => {
  it('has nothing to say when every folder has an active partner and every active partner a folder', () => {
    expect(
      compareSiteFolders({ siteFolders: ['dudley', 'staffordshire'], activePartners: ['staffordshire', 'dudley'] }),
    ).toEqual({
      foldersWithoutPartner: [],
      partnersWithoutFolder: [],
      warnings: [],
    });
  });

  it('names a site folder with no active partner, and says how to add the partner or remove the folder', () => {
    const check = compareSiteFolders({ siteFolders: ['dudley', 'walsall'], activePartners: ['dudley'] });
    expect(check.foldersWithoutPartner).toEqual(['walsall']);
    expect(check.partnersWithoutFolder).toEqual([]);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toMatch(/^sites\/walsall has no active partner in the CMS/);
    expect(check.warnings[0]).toContain('add a partner with slug "walsall" in the admin (Partners → Create new)');
    expect(check.warnings[0]).toContain('tick "Active"');
    expect(check.warnings[0]).toContain('delete the folder sites/walsall and run `npm install`');
  });

  it('names an active partner with no site folder, and gives the command that adds it', () => {
    const check = compareSiteFolders({ siteFolders: ['dudley'], activePartners: ['dudley', 'sandwell'] });
    expect(check.foldersWithoutPartner).toEqual([]);
    expect(check.partnersWithoutFolder).toEqual(['sandwell']);
    expect(check.warnings).toEqual([
      expect.stringMatching(/^Partner "sandwell" is active in the CMS but has no site folder \(sites\/sandwell\)\./),
    ]);
    expect(check.warnings[0]).toContain('run `npm run new-site -- sandwell`');
  });

  it('reports both directions at once, each in one message however many disagree', () => {
    const check = compareSiteFolders({
      siteFolders: ['dudley', 'walsall', 'telford'],
      activePartners: ['dudley', 'sandwell', 'wolverhampton'],
      sitesDir: 'bench-sites',
    });
    expect(check.foldersWithoutPartner).toEqual(['telford', 'walsall']);
    expect(check.partnersWithoutFolder).toEqual(['sandwell', 'wolverhampton']);
    expect(check.warnings).toHaveLength(2);
    expect(check.warnings[0]).toMatch(
      /^bench-sites\/telford and bench-sites\/walsall have no active partner in the CMS/,
    );
    expect(check.warnings[1]).toMatch(
      /^Partners "sandwell" and "wolverhampton" are active in the CMS but have no site folder in bench-sites\//,
    );
    expect(check.warnings[1]).toContain('`npm run new-site -- <slug>`');
  });
});

describe('the site folders', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-site-folders-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('are the folders with an Astro config, by name; anything else in sites/ is not a site', () => {
    for (const slug of ['staffordshire', 'dudley']) {
      fs.mkdirSync(path.join(root, slug));
      fs.writeFileSync(path.join(root, slug, 'astro.config.ts'), 'export default {};\n');
    }
    fs.mkdirSync(path.join(root, 'half-made'));
    fs.writeFileSync(path.join(root, 'README.md'), 'notes\n');
    expect(listSiteFolders(root)).toEqual(['dudley', 'staffordshire']);
  });

  it('are none when the folder that should hold them is missing, so the check still reports rather than stops', () => {
    expect(listSiteFolders(path.join(root, 'missing'))).toEqual([]);
  });
});
