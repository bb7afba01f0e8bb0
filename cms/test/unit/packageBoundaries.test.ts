import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe("no package imports another's insides", () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });
  const boundaryErrors = async (code: string, file: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
    return result!.messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
  };

  it.each([
    ["import { repoRoot } from '@bfp/local-stack/src/repo.ts';", 'packages/cluster/src/planted.ts'],
    ["import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/test/fixtures.ts';", 'cms/test/int/planted.test.ts'],
    ["import { isPartnerSlug } from '../../packages/static-host/src/partnerSlug.ts';", 'turbo/generators/planted.ts'],
    ["import { repoRoot } from '../../local-stack/src/repo.ts';", 'packages/cluster/src/planted.ts'],
    ["import { evaluate } from '../../../packages/eligibility/src/index.ts';", 'cms/src/jobs/planted.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await boundaryErrors(`${code}\nexport const used = 1;\n`, file)).toHaveLength(1);
  });

  it.each([
    ["import { repoRoot } from '@bfp/local-stack/repo';", 'packages/cluster/src/planted.ts'],
    ["import { startCluster } from '../src/cluster.ts';", 'packages/cluster/test/planted.test.ts'],
    ["import { repoRoot } from '../../src/repo.ts';", 'packages/local-stack/test/setup/planted.ts'],
    [
      "import { eachPartner } from '../../../fleetPartners.ts';",
      'packages/site-kit/src/fleetPages/[partner]/find/planted.ts',
    ],
  ])('allows %s in %s', async (code, file) => {
    expect(await boundaryErrors(`${code}\nexport const used = 1;\n`, file)).toEqual([]);
  });
});
