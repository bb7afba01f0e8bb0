import { defineConfig } from 'astro/config';
import siteKit from '@bfp/site-kit';

// A partner site is the shared site-kit pointed at one partner record; everything else comes from the CMS.
export default defineConfig({
  integrations: [siteKit({ partner: 'sir-enghraifft' })],
});
