import { getViteConfig } from 'astro/config';
import siteKit from './src/index.ts';

// Astro's own Vite set-up with this integration, so components render in tests as in a site build (its virtual
// config module, astro:assets); Dudley's, as one partner's build.
export default getViteConfig(
  { test: { testTimeout: 60_000, hookTimeout: 120_000 } },
  {
    configFile: false,
    logLevel: 'warn',
    devToolbar: { enabled: false },
    integrations: [siteKit({ partner: 'dudley' })],
  },
);
