import type { PayloadRequest } from 'payload';
import { readCmsEnv } from '../../env.ts';
import { QUEUES } from '../queues.ts';
import { REBUILD_TASK } from './requestRebuild.ts';

const WAIT_MS = 4 * 60_000;

/**
 * Web instances never build: a preview is a job for the worker, and the editor's request waits for it. Completed jobs
 * are deleted, so "the row is gone" means built; a failed attempt leaves its error in the job's log at once.
 */
export async function buildPreview({ req, site, token }: { req: PayloadRequest; site: string; token: string }): Promise<{ ok: true; url: string } | { ok: false; error: string }> {
  const { payload } = req;
  const job = (await payload.jobs.queue({ task: REBUILD_TASK as never, input: { preview: { site, token } } as never, queue: QUEUES.builds, req, overrideAccess: true })) as { id: number | string };
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const current = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true, disableErrors: true });
    if (!current) return { ok: true, url: previewUrl(site) };
    const failed = (current.log ?? []).find((entry) => entry.state === 'failed');
    if (failed || current.hasError) {
      // The editor has the message; retrying a preview later helps nobody.
      await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true }).catch(() => undefined);
      return { ok: false, error: errorText(failed?.error) ?? 'the preview build failed' };
    }
  }
  return { ok: false, error: 'the jobs worker did not build the preview within 4 minutes: is it running?' };
}

function errorText(error: unknown): string | undefined {
  if (!error) return undefined;
  if (typeof error === 'string') return error;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(error);
}

/** Previews are served beside the live sites, at preview-<slug> (on one machine: http://preview-<slug>.localhost:<port>). */
export function previewUrl(site: string): string {
  const origin = readCmsEnv().localSitesOrigin ?? 'http://{slug}.localhost:4321';
  return `${origin.replace('{slug}', `preview-${site}`)}/`;
}
