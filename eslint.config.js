// The one ESLint config for the whole repository (`npm run lint`). Rules are the recommended sets that need no type
// information — type-aware linting would run the TypeScript compiler a second time on 2 cores, and
// `npm run typecheck` already does — plus one rule of our own: every package a file imports is declared by the
// package.json nearest to it. Formatting is Prettier's alone: eslint-config-prettier, last, turns off every rule that
// would argue with it.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files that never ship: tests, tool configs, benchmarks and the repository's own scripts. */
const DEV_ONLY = [
  '**/test/**',
  '**/*.test.{ts,tsx}',
  '**/*.config.{js,mjs,ts}',
  '**/src/bench/**',
  '.ci/**',
  'turbo/**',
];

/** Imports that reach into another workspace's src/ or test/: by its package name, or by a relative path out of it. */
const PACKAGE_BOUNDARIES = [
  {
    regex: '^@bfp/[^/]+/(src|test)(/|$)',
    message:
      "Import what the package's `exports` map offers, not its src/ or test/ (add an entry there if it is missing).",
  },
  {
    regex: '^(\\.\\./)+((packages|themes|sites)/[^/]+|cms)/',
    message:
      'Import another workspace by its package name and an entry of its `exports` map, not by a relative path into it.',
  },
  {
    regex: '^(\\.\\./){2,}[^./][^/]*/(src|test)/',
    message:
      'Import another workspace by its package name and an entry of its `exports` map, not by a relative path into it.',
  },
];

/**
 * Whatever git ignores is never linted: built and deployed output (`npm start` deploys every site's releases under
 * packages/local-stack/.sites/), databases, uploads, test results. Read from every .gitignore in the tree, each
 * relative to its own folder as git reads it, so a folder ignored for git needs no second entry here.
 */
const gitignores = fs
  .globSync('**/.gitignore', { cwd: import.meta.dirname, exclude: (name) => /(^|\/)(node_modules|\.git)$/.test(name) })
  .map((file) =>
    includeIgnoreFile(path.join(import.meta.dirname, file), { gitignoreResolution: true, name: `ignored by ${file}` }),
  );

export default defineConfig(
  ...gitignores,
  globalIgnores([
    // Committed, but written by Payload's CLI (`generate:types`, `generate:importmap`), by Next and by `migrate:create`.
    'cms/src/payload-types.ts',
    'cms/src/app/(payload)/admin/importMap.js',
    'cms/next-env.d.ts',
    'cms/src/migrations/*/*.json',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,

  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The eligibility form, the admin's React components and the pages' scripts run in the browser.
    files: [
      'packages/eligibility-form/**/*.{ts,tsx}',
      'packages/site-kit/**/*.ts',
      '**/*.tsx',
      '**/*.astro',
      '**/*.astro/*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.tsx', 'packages/eligibility-form/src/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    rules: {
      // A leading underscore marks a binding kept on purpose: a field dropped by destructuring (`{ id: _id, ...rest }`),
      // a callback parameter a signature requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Module augmentation (`interface GeneratedTypes extends Config {}` for Payload) is an empty interface by design.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // The link, path and header checks match control characters on purpose, to refuse them.
      'no-control-regex': 'off',
    },
  },

  {
    files: ['**/*.{js,mjs,ts,tsx,astro}'],
    plugins: { 'import-x': importX },
    rules: {
      // Each workspace declares what it imports, so it builds, type-checks and deploys on its own: hoisting into the
      // root node_modules would otherwise hide a missing declaration. Type-only imports count too.
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, includeTypes: true }],
      // A package is used through its `exports` map, never through another package's insides: what it exports is
      // what it promises to keep.
      'no-restricted-imports': ['error', { patterns: PACKAGE_BOUNDARIES }],
    },
  },
  {
    files: DEV_ONLY,
    rules: {
      // Dev-only files may use their package's devDependencies and the tooling the root package.json declares once
      // for every workspace (vitest, typescript, turbo).
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, includeTypes: true, packageDir: [import.meta.dirname] },
      ],
      // Tests read JSON bodies and reach into documents as `Record<string, any>`; their assertions are the check.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The CMS never imports site code: of a block it takes the config alone (cms/test/unit/blocks-import-graph.test.ts
    // follows every import the CMS's config reaches, so an indirect one fails there). A later setting of a rule
    // replaces an earlier one for the files both match, so the package boundaries are repeated here.
    files: ['cms/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PACKAGE_BOUNDARIES,
            { regex: '\\.astro$', message: 'The CMS never imports site code: a component belongs to the sites.' },
            {
              group: [
                'astro',
                'astro/*',
                '@astrojs/*',
                '@bfp/site-kit',
                '@bfp/site-kit/*',
                '@bfp/content',
                '@bfp/content/*',
                '@bfp/fleet-build',
                '@bfp/fleet-build/*',
                '@bfp/blocks/*',
                '!@bfp/blocks/config',
              ],
              message:
                'The CMS never imports site code (site-kit, the content loader, Astro); of @bfp/blocks it imports @bfp/blocks/config only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Payload's `migrate:create` writes every migration as `up({ db, payload, req })` and `down(…)`, used or not.
    files: ['cms/src/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },

  prettier,
);
