import type { TaskConfig } from 'payload';
import { readCmsEnv } from '../../env.ts';
import { confirmPreviewEditor } from './previewEditor.ts';
import { runPublisher } from './publisher.ts';
import { activeSites } from './task.ts';

export const PREVIEW_TASK = 'buildPreview';

export interface PreviewInput {
  site: string;
  /** The editor's session token: the build reads drafts with it. */
  token: string;
}

interface PreviewOutput {
  url?: string;
  stages?: string[];
}

/**
 * An editor's preview of one site with drafts, as a job of its own: an editor's follow page (documentPreview.ts)
 * waits for this job and nothing else, so live builds pending at the time are left to their own job. The worker runs
 * previews before the live builds queued with them (worker.ts).
 */
export const buildPreviewTask = {
  slug: PREVIEW_TASK,
  label: 'Build an editor’s preview',
  inputSchema: [
    { name: 'site', type: 'text', required: true },
    { name: 'token', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'url', type: 'text' },
    { name: 'stages', type: 'json' },
  ],
  // The editor is shown a failure at once; a retry minutes later helps nobody.
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req;
    const { site, token } = input;
    await confirmPreviewEditor(payload, String(token ?? ''));
    const sites = await activeSites(payload, req);
    if (!sites.some((hosted) => hosted.slug === site))
      throw new Error(`The preview was not built: "${site}" is not an active partner's site.`);
    const outcome = await runPublisher({
      script: readCmsEnv().sitePublisher,
      request: { kind: 'preview', site, token, sites },
      log: (line) => payload.logger.info(`[preview] ${line}`),
    });
    const result = outcome.results[0];
    if (!result?.ok) throw new Error(`The preview of ${site} could not be built: ${result?.error ?? 'no result'}`);
    return { output: { url: result.url, stages: outcome.stages } };
  },
} as TaskConfig<{ input: PreviewInput; output: PreviewOutput }>;
