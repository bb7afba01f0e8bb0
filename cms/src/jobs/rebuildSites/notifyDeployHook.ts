import { trimTypedUrl, typedUrlProblem } from '@bfp/links';

/**
 * A partner's deploy hook is told after its site went live (a CDN purge, a council's own monitoring). It is a
 * notification, not the deploy: the site is live whatever the hook answers, and a failed call is reported, not retried.
 * The URL is checked again here because rows saved before the CMS checked it may hold anything.
 */
export async function notifyDeployHook({
  url,
  slug,
  siteUrl,
  allowLocalhost,
}: {
  url: string;
  slug: string;
  siteUrl?: string;
  allowLocalhost: boolean;
}): Promise<string | null> {
  const problem = typedUrlProblem(url, { label: 'its URL', allowLocalhost });
  if (problem) return `the deploy hook was not called: ${problem}`;
  try {
    const response = await fetch(trimTypedUrl(url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ partner: slug, event: 'deployed', url: siteUrl ?? null }),
      signal: AbortSignal.timeout(15_000),
      // A redirect could lead the worker's POST to any scheme or address the URL itself was refused for.
      redirect: 'manual',
    });
    return response.ok ? null : `the deploy hook answered ${response.status}`;
  } catch (error) {
    return `the deploy hook could not be reached: ${(error as Error).message}`;
  }
}
