import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNginx } from '@bfp/services/nginx';
import { brotliModuleDirective, renderSitesConfig } from '../src/nginxSites.ts';
import { CMS_ORIGIN, SITES } from './fixtureSites.ts';
import { describeServing } from './servingBehaviours.ts';
import { testPort } from '@bfp/services/test-ports';

const PORT = testPort(18481);

describeServing('nginx', async ({ sitesDir, indexRoot, previewGrantsOrigin }) => {
  const nginx = await startNginx({
    dir: path.join(path.dirname(sitesDir), 'nginx'),
    mainConfig: brotliModuleDirective(),
    config: renderSitesConfig({
      listen: `127.0.0.1:${PORT}`,
      sitesDir,
      sites: SITES,
      cmsOrigin: CMS_ORIGIN,
      previews: true,
      previewGrantsOrigin,
      indexRoot,
    }),
  });
  return { port: PORT, stop: nginx.stop };
});

describe('a partner record nginx would refuse', () => {
  it('is left out of the config, which nginx -t then accepts, so the other sites keep being updated', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-nginx-bad-domain-'));
    try {
      const warnings: string[] = [];
      const sites = [
        ...SITES,
        { slug: 'typo', serverNames: ['a..b.gov.uk', 'typo.localhost'] },
        { slug: 'twin', serverNames: ['fostering.dudley.gov.uk'] },
      ];
      const config = renderSitesConfig({
        listen: `127.0.0.1:${PORT + 1}`,
        sitesDir: path.join(dir, 'sites'),
        sites,
        cmsOrigin: CMS_ORIGIN,
        warn: (line) => warnings.push(line),
      });
      // One such record used to stop the whole config being rendered, so no partner's change reached nginx again.
      const nginx = await startNginx({ dir: path.join(dir, 'nginx'), mainConfig: brotliModuleDirective(), config });
      await nginx.stop();
      expect(warnings.join('\n')).toMatch(/Site "typo": "a\.\.b\.gov\.uk" is not a host name/);
      expect(warnings.join('\n')).toMatch(/Site "twin": left out the name fostering\.dudley\.gov\.uk/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
