/**
 * Production start path for a single-machine CMS (`npm start`): validate configuration, apply committed migrations,
 * seed demo content where allowed, then serve. A deployment with several web instances runs the same two steps
 * apart: `prepare-database` once per release, then `serve` on every instance (see docs/operator.md, "Deploy").
 * Run under the repo's pinned Node (npm scripts), never bare Node 20.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareDatabase } from './prepareDatabase.ts';

console.log(await prepareDatabase());

// A fresh process: Payload caches its instance on the global object, and the one prepareDatabase destroyed must not
// be the one Next's handlers find.
const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.ts', import.meta.url))], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
