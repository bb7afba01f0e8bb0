import { spawn } from 'node:child_process';
import { followOutput } from '@bfp/child-process';
import { publishResult, type PublishOutcome, type PublishRequest } from './publishProtocol.ts';

/**
 * The worker's side of site publishing. The CMS never imports site code (CONVENTIONS.md): it runs the publisher
 * (packages/publish, SITE_PUBLISHER) as a child process, hands it one request as JSON on stdin, and reads one result
 * line back (./publishProtocol.ts). A fresh process per run also keeps Astro's per-build memory leak out of the
 * long-lived worker.
 */
const TIMEOUT_MS = 15 * 60_000;

/** Runs the publisher to the end; a publisher that crashes or hangs fails every site it was asked for. */
export function runPublisher({
  script,
  request,
  env,
  log,
}: {
  script: string;
  request: PublishRequest;
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): Promise<PublishOutcome> {
  const started = Date.now();
  const asked = request.kind === 'live' ? request.build : [request.site];
  const failAll = (error: string): PublishOutcome => ({
    results: asked.map((slug) => ({ slug, ok: false, error, ms: Date.now() - started })),
    stages: [],
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let outcome: PublishOutcome | undefined;
    const output = followOutput({
      child,
      label: 'publish',
      log,
      keep: 15,
      take: publishResult.takeInto((result) => (outcome = result)),
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(failAll(`the site publisher could not start (${script}): ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (outcome) return resolve(outcome);
      resolve(failAll(`the site publisher stopped (${signal ?? `exit ${code}`}) without a result:\n${output.tail()}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}
