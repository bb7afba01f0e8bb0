/**
 * Production start path for the CMS: validate configuration, apply committed migrations, seed demo content where
 * allowed, then hand over to `next start`. Run under the repo's pinned Node (npm scripts), never bare Node 20.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDatabase } from './prepareDatabase.ts';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const summary = await prepareDatabase();
console.log(summary);

const port = process.env.CMS_PORT || '3000';
const next = spawn(process.execPath, [fileURLToPath(new URL(import.meta.resolve('next/dist/bin/next'))), 'start', '--port', port], {
  cwd: cmsRoot,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => process.exit(code ?? 1));
