import type { SiteAddress } from './siteHosts.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * The page a bare `localhost` (or an unknown host) gets: links to every partner site served here.
 * `originTemplate` is e.g. `http://{slug}.localhost:4321`.
 */
export function renderSitesIndex(sites: readonly SiteAddress[], originTemplate: string): string {
  const items = sites
    .map(({ slug }) => {
      const origin = originTemplate.replaceAll('{slug}', slug);
      return `      <li><a href="${escapeHtml(`${origin}/`)}">${escapeHtml(slug)}</a> <span>${escapeHtml(origin)}</span></li>`;
    })
    .join('\n');
  const list = sites.length ? `    <ul>\n${items}\n    </ul>` : '    <p>No partner sites are served here yet.</p>';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Partner sites on this machine</title>
  </head>
  <body>
    <main>
    <h1>Partner sites on this machine</h1>
${list}
    </main>
  </body>
</html>
`;
}
