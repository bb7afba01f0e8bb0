import { getViteConfig } from 'astro/config';

// Astro's own Vite set-up, so the components (.astro) compile as in a site build.
export default getViteConfig({ test: {} }, { configFile: false, logLevel: 'warn' });
