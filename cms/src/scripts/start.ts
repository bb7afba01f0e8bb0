/**
 * Production start path for a single-machine CMS (`npm start`): validate configuration, apply committed migrations,
 * seed demo content where allowed, then serve. A deployment with several web instances runs the same two steps
 * apart: `prepare-database` once per release, then `serve` on every instance (see the README's deployment section).
 * Run under the repo's pinned Node (npm scripts), never bare Node 20.
 */
import { prepareDatabase } from './prepareDatabase.ts';

console.log(await prepareDatabase());
await import('./serve.ts');
