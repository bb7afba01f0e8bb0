import fs from 'node:fs/promises';
import path from 'node:path';
import { isPartnerSlug, PARTNER_SLUG_RULE } from '@bfp/static-host/partner-slug';

/**
 * Writes the thin Astro project that is a partner's site: a config naming the partner, the shared content
 * collections, and a package.json. Everything else comes from site-kit and the partner's CMS record.
 */
export async function scaffoldSite({ sitesRoot, slug }: { sitesRoot: string; slug: string }): Promise<string> {
  if (!isPartnerSlug(slug)) throw new Error(`"${slug}" is not a partner slug: use ${PARTNER_SLUG_RULE}`);
  const dir = path.join(sitesRoot, slug);
  await fs.mkdir(path.join(dir, 'src'), { recursive: true });
  await fs.writeFile(
    path.join(dir, 'astro.config.ts'),
    `import { defineConfig } from 'astro/config';
import siteKit from '@bfp/site-kit';

// A partner site is the shared site-kit pointed at one partner record; everything else comes from the CMS.
export default defineConfig({
  integrations: [siteKit({ partner: '${slug}' })],
});
`,
  );
  await fs.writeFile(
    path.join(dir, 'src', 'content.config.ts'),
    `export { collections } from '@bfp/content/collections';\n`,
  );
  // The manifest matters beyond npm: Vite bundles the workspace packages a project declares instead of handing them to
  // Node, which cannot load their astro: imports.
  await fs.writeFile(path.join(dir, 'package.json'), `${JSON.stringify(sitePackageJson(slug), null, 2)}\n`);
  await fs.writeFile(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ extends: '../../tsconfig.json', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`,
  );
  return dir;
}

export function sitePackageJson(slug: string) {
  return {
    name: `@bfp/site-${slug}`,
    private: true,
    type: 'module',
    description: `The ${slug} partner's site: site-kit pointed at its partner record in the CMS, built with \`astro build\` (nothing to import).`,
    exports: {},
    scripts: { dev: 'astro dev', build: 'astro build', preview: 'astro preview' },
    dependencies: { '@bfp/content': '*', '@bfp/site-kit': '*', astro: '7.3.5', react: '19.3.1', 'react-dom': '19.3.1' },
  };
}
