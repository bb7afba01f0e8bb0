import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, headingAnchors, loadRepo } from './docsCheck.ts';

const root = path.resolve(import.meta.dirname, '../..');
const repo = loadRepo(root);
const pages = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

describe('the README and every page in docs/', () => {
  it('finds the pages to check', () => {
    expect(pages).toContain('README.md');
    expect(pages.length).toBeGreaterThan(1);
  });

  for (const page of pages) {
    it(`${page}: every relative link, command, path and package it shows exists`, () => {
      expect(checkMarkdown(repo, page, fs.readFileSync(path.join(root, page), 'utf8'))).toEqual([]);
    });
  }
});

// Planted mistakes, checked against today's tree, so the check above is known to catch each kind.
const check = (markdown: string, page = 'docs/planted.md') => checkMarkdown(repo, page, markdown);

describe('the check', () => {
  it('reports a relative link to a file that does not exist', () => {
    expect(check('See [the guide](operator-guide.md) first.')).toEqual([
      'docs/planted.md:1: link to operator-guide.md: there is no docs/operator-guide.md',
    ]);
  });

  it('resolves links from the page’s own folder, and accepts folders and outside links', () => {
    expect(
      check('[Map](../packages/links) [root](../README.md) [up](https://example.org/x) [mail](mailto:a@example.org)'),
    ).toEqual([]);
    expect(check('[Map](packages/links)', 'README.md')).toEqual([]);
    expect(check('[Map](packages/links)')).toEqual([
      'docs/planted.md:1: link to packages/links: there is no docs/packages/links',
    ]);
  });

  it('reports a link to a heading that is not there, in the same page or another', () => {
    expect(check('# Back up\n\n[ok](#back-up) [bad](#backups)')).toEqual([
      'docs/planted.md:3: link to #backups: docs/planted.md has no heading with the anchor #backups',
    ]);
    expect(check('[bad](../README.md#no-such-heading)')).toEqual([
      'docs/planted.md:1: link to ../README.md#no-such-heading: README.md has no heading with the anchor #no-such-heading',
    ]);
  });

  it('reads anchors as GitHub writes them', () => {
    expect([
      ...headingAnchors(
        '# Run `npm start`\n## Back up and restore (operations)\n## Back up and restore (operations)\n```\n# not a heading\n```',
      ),
    ]).toEqual(['run-npm-start', 'back-up-and-restore-operations', 'back-up-and-restore-operations-1']);
  });

  it('reports an npm script the named package.json does not have', () => {
    expect(check('Run `npm run deploy-everything` now.')).toEqual([
      'docs/planted.md:1: `npm run deploy-everything`: the root package.json has no script "deploy-everything"',
    ]);
    expect(check('```sh\nnpm run create-admin -- --email someone@example.org\n```')).toEqual([
      'docs/planted.md:2: `npm run create-admin -- --email someone@example.org`: the root package.json has no script "create-admin"',
    ]);
    expect(check('`npm run serve --workspace=@bfp/cluster`')).toEqual([
      'docs/planted.md:1: `npm run serve --workspace=@bfp/cluster`: packages/cluster/package.json has no script "serve"',
    ]);
  });

  it('accepts scripts that exist, in the root, in a named workspace, or after a cd', () => {
    const good = [
      '`npm ci && npm start`',
      '`npm test`',
      '`npm run create-admin --workspace=@bfp/cms -- --email …`',
      '`DATABASE_URL=file:/tmp/x.db npm run synthetic-partners -w @bfp/cms -- 150`',
      '`cd cms && npm run worker`',
      '`npm run build --workspace=sites/dudley`',
      '```sh\n0 * * * * cd /srv/bfp && npm run backup >> /var/log/bfp-backup.log 2>&1\nprintf \'%s\' "$P" | npm run create-admin --workspace=@bfp/cms -- --email x   # a comment\n```',
    ];
    for (const markdown of good) expect(check(markdown), markdown).toEqual([]);
  });

  it('reports a workspace that does not exist, and an npm command that is a script without run', () => {
    expect(check('`npm run build --workspace=@bfp/fleet-of-sites`')).toEqual([
      'docs/planted.md:1: `npm run build --workspace=@bfp/fleet-of-sites`: no workspace is called @bfp/fleet-of-sites',
    ]);
    expect(check('`npm cluster`')).toEqual([
      'docs/planted.md:1: `npm cluster`: npm has no command "cluster" (a script is run with `npm run cluster`)',
    ]);
  });

  it('reports a node script, a cd folder, a repository path or a package entry point that does not exist', () => {
    expect(check('`node ./packages/local-stack/src/newSites.ts telford`')).toEqual([
      'docs/planted.md:1: `node ./packages/local-stack/src/newSites.ts telford`: there is no file packages/local-stack/src/newSites.ts',
    ]);
    expect(check('`cd cms/scripts && npm run worker`')).toEqual([
      'docs/planted.md:1: `cd cms/scripts`: there is no folder cms/scripts/',
    ]);
    expect(check('The rule is in `cms/src/env.ts`, not `cms/src/environment.ts`.')).toEqual([
      'docs/planted.md:1: `cms/src/environment.ts`: there is no cms/src/environment.ts in the repository',
    ]);
    expect(check('`@bfp/static-host/headers` and `@bfp/static-host/footers` and `@bfp/no-such`')).toEqual([
      'docs/planted.md:1: `@bfp/static-host/footers`: packages/static-host/package.json exports no "./footers"',
      'docs/planted.md:1: `@bfp/no-such`: no workspace is called @bfp/no-such',
    ]);
  });

  it('leaves placeholders, run-time folders git ignores, and names outside the checkout alone', () => {
    expect(
      check(
        '`sites/<slug>/`, `cms/data/cms.db`, `.cluster/nginx/sites.conf`, `/api/ready`, `text/html`, `npm run <script>`',
      ),
    ).toEqual([]);
  });

  it('finds a code span that wraps onto the next line', () => {
    expect(check('Run `npm run\nno-such-script` here.')).toEqual([
      'docs/planted.md:1: `npm run no-such-script`: the root package.json has no script "no-such-script"',
    ]);
  });
});
