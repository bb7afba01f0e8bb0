import { defineConfig } from 'astro/config';
import siteKit from '@bfp/site-kit';

// The same site-kit pages as every partner's own site, once per active partner under /<slug>/, in one build.
export default defineConfig({
  integrations: [siteKit({ fleet: true })],
});
