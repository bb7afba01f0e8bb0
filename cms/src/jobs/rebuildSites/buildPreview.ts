import type { PayloadRequest } from 'payload';
import { readCmsEnv } from '../../env.ts';
import { QUEUES } from '../queues.ts';
import { PREVIEW_TASK, type PreviewInput } from './previewTask.ts';

/** A preview the worker has not started by then is reported: the worker is probably not running. */
export const PREVIEW_START_WITHIN_MS = 4 * 60_000;

/** Web instances never build: a preview is a job for the worker, followed by the editor's page (documentPreview.ts). */
export async function queuePreview({
  req,
  site,
  token,
}: {
  req: PayloadRequest;
  site: string;
  token: string;
}): Promise<string> {
  const input: PreviewInput = { site, token };
  const job = (await req.payload.jobs.queue({
    task: PREVIEW_TASK as never,
    input: input as never,
    queue: QUEUES.builds,
    req,
    overrideAccess: true,
  })) as { id: number | string };
  return String(job.id);
}

export type PreviewState = { state: 'building' } | { state: 'ready'; url: string } | { state: 'failed'; error: string };

/**
 * Where one preview job has got to, read from the database so that any web instance can answer: completed jobs are
 * deleted, so a job that is gone was built; a failed one keeps its log. A job for another site is not this preview.
 */
export async function previewState({
  req,
  jobId,
  site,
  now = Date.now(),
}: {
  req: PayloadRequest;
  jobId: string;
  site: string;
  now?: number;
}): Promise<PreviewState | null> {
  const { payload } = req;
  const job = await payload.findByID({
    collection: 'payload-jobs',
    id: jobId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  });
  if (!job) return { state: 'ready', url: previewUrl(site) };
  const input = job.input as Partial<PreviewInput> | null;
  if (job.taskSlug !== PREVIEW_TASK || input?.site !== site) return null;
  const failed = (job.log ?? []).find((entry) => entry.state === 'failed');
  if (failed || job.hasError) {
    // The editor has the message. The token is not needed any more, and a failed job is kept for the admins' list.
    if (input.token)
      await payload
        .update({ collection: 'payload-jobs', id: job.id, data: { input: { site } }, depth: 0, overrideAccess: true })
        .catch(() => undefined);
    return { state: 'failed', error: errorText(failed?.error) ?? 'the preview build failed' };
  }
  if (!job.processing && now - new Date(job.createdAt).getTime() > PREVIEW_START_WITHIN_MS) {
    return {
      state: 'failed',
      error: 'the jobs worker has not started building the preview for 4 minutes: is it running?',
    };
  }
  return { state: 'building' };
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
