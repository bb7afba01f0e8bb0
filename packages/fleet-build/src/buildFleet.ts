/**
 * Runs one fleet build in this process and reports how long each stage took and the peak memory as its result line
 * on stdout (`FLEET_RESULT {…}`, ./report.ts). The site builder runs it as a child process, so each build gets a
 * fresh Node and Astro's per-build module leak never accumulates.
 *
 *   node packages/fleet-build/src/buildFleet.ts <outDir>    with CMS_URL (and optionally FLEET_PARTNERS) in the environment
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { fleetBuildResult, type FleetBuildReport } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: buildFleet.ts <outDir>');
  const started = performance.now();
  let synced = 0;
  await build({
    root,
    outDir: path.resolve(outDir),
    logLevel: 'info',
    vite: { logLevel: 'warn' },
    // Astro logs "Synced content" when every collection has been loaded from the CMS: the end of the fetch stage.
    integrations: [
      {
        name: 'bfp-fleet-timing',
        hooks: {
          'astro:build:start': () => {
            synced ||= performance.now();
          },
        },
      },
    ],
  });
  const ended = performance.now();
  const report: FleetBuildReport = {
    fetchMs: Math.round((synced || ended) - started),
    renderMs: Math.round(ended - (synced || ended)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  fleetBuildResult.write(report);
}

await main();
