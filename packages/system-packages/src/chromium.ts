/**
 * How the tests and benchmarks launch Debian's Chromium, written once: these machines have no network for it, no GPU
 * and run it as root, and a flag missed in one copy (a component update, a sync call) is a request off the machine or
 * a hang. Hand the result to playwright-core's `chromium.launch`.
 */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
