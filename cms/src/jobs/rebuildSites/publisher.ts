import { spawn } from 'node:child_process';

/**
 * The worker's side of site publishing. The CMS never imports site code (CONVENTIONS.md): it runs the publisher
 * (packages/publish, SITE_PUBLISHER) as a child process, hands it one request as JSON on stdin, and reads one result
 * line back. A fresh process per run also keeps Astro's per-build memory leak out of the long-lived worker.
 */
export interface HostedSite {
  slug: string;
  /** The partner's own domain: the static host answers for it, and the deploy is verified there. */
  siteDomain: string;
}

export type PublishRequest =
  /** Build these sites' live versions and deploy each one's changed files; `sites` is every active site. */
  | { kind: 'live'; build: string[]; sites: HostedSite[] }
  /** Build one site with drafts (read with the editor's token) and deploy it as that site's preview only. */
  | { kind: 'preview'; site: string; token: string; sites: HostedSite[] };

export interface PublishResult {
  slug: string;
  /** Built, deployed and verified: the host now answers with the new content. */
  ok: boolean;
  error?: string;
  ms: number;
  changedFiles?: number;
  removedFiles?: number;
  /** Where the site (or preview) is served. */
  url?: string;
}

export interface PublishOutcome {
  results: PublishResult[];
  /** The run, stage by stage (fetch, render, split, deploy, verify), for the job log. */
  stages: string[];
}

export const RESULT_PREFIX = 'PUBLISH_RESULT ';
const TIMEOUT_MS = 15 * 60_000;

/** Runs the publisher to the end; a publisher that crashes or hangs fails every site it was asked for. */
export function runPublisher({ script, request, env, log }: { script: string; request: PublishRequest; env?: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<PublishOutcome> {
  const started = Date.now();
  const asked = request.kind === 'live' ? request.build : [request.site];
  const failAll = (error: string): PublishOutcome => ({ results: asked.map((slug) => ({ slug, ok: false, error, ms: Date.now() - started })), stages: [] });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let outcome: PublishOutcome | undefined;
    const tail: string[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (line.startsWith(RESULT_PREFIX)) outcome = JSON.parse(line.slice(RESULT_PREFIX.length)) as PublishOutcome;
          else if (line.trim()) {
            tail.push(line);
            if (tail.length > 15) tail.shift();
            log(`[publish] ${line}`);
          }
        }
      });
    }
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(failAll(`the site publisher could not start (${script}): ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (outcome) return resolve(outcome);
      resolve(failAll(`the site publisher stopped (${signal ?? `exit ${code}`}) without a result:\n${tail.join('\n')}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}
