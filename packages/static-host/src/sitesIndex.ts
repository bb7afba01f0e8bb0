import { documentShell } from '@bfp/page-shell/document';
import { html } from '@bfp/page-shell/html';
import type { SiteAddress } from './siteHosts.ts';

/**
 * The page a bare `localhost` (or an unknown host) gets: links to every partner site served here.
 * `originTemplate` is e.g. `http://{slug}.localhost:4321`.
 */
export function renderSitesIndex(sites: readonly SiteAddress[], originTemplate: string): string {
  const items = sites.map(({ slug }) => {
    const origin = originTemplate.replaceAll('{slug}', slug);
    return html`<li><a href="${`${origin}/`}">${slug}</a> <span>${origin}</span></li>`;
  });
  const list = sites.length ? html`<ul>${items}</ul>` : html`<p>No partner sites are served here yet.</p>`;
  return documentShell({
    title: 'Partner sites on this machine',
    main: html`<h1>Partner sites on this machine</h1>${list}`,
  });
}
