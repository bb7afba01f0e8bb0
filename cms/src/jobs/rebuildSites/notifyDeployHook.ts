/**
 * A partner's deploy hook is told after its site went live (a CDN purge, a council's own monitoring). It is a
 * notification, not the deploy: the site is live whatever the hook answers, and a failed call is reported, not retried.
 */
export async function notifyDeployHook({ url, slug, siteUrl }: { url: string; slug: string; siteUrl?: string }): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ partner: slug, event: 'deployed', url: siteUrl ?? null }),
      signal: AbortSignal.timeout(15_000),
    });
    return response.ok ? null : `the deploy hook answered ${response.status}`;
  } catch (error) {
    return `the deploy hook could not be reached: ${(error as Error).message}`;
  }
}
