import { getFromSite } from '../siteRequest.ts';

/** A site's page as a visitor would get it from the sites server. */
async function fetchSitePage(port: number, slug: string, pathname = '/'): Promise<string> {
  return (await getFromSite(port, `${slug}.localhost:${port}`, pathname)).body;
}

/**
 * Milliseconds from `since` until every site serves `text`, polling every 100 ms: the time a visitor would wait.
 * Returns each site's own time, so slow sites are visible.
 */
export async function timeUntilServed({
  port,
  slugs,
  text,
  since,
  timeoutMs,
}: {
  port: number;
  slugs: string[];
  text: string;
  since: number;
  timeoutMs: number;
}) {
  const times = new Map<string, number>();
  while (times.size < slugs.length) {
    if (Date.now() - since > timeoutMs)
      throw new Error(`Not live after ${timeoutMs / 1000} s on: ${slugs.filter((s) => !times.has(s)).join(', ')}`);
    await Promise.all(
      slugs
        .filter((slug) => !times.has(slug))
        .map(async (slug) => {
          if ((await fetchSitePage(port, slug)).includes(text)) times.set(slug, Date.now() - since);
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return times;
}
