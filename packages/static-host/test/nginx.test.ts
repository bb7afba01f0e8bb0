import path from 'node:path';
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
    config: renderSitesConfig({ listen: `127.0.0.1:${PORT}`, sitesDir, sites: SITES, cmsOrigin: CMS_ORIGIN, previews: true, previewGrantsOrigin, indexRoot }),
  });
  return { port: PORT, stop: nginx.stop };
});
