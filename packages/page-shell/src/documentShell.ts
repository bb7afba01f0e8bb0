import { html, type Html } from './html.ts';

/**
 * The plain document the service pages are written in (a refusal, a progress page, the index of sites on a machine):
 * not a partner's page, so none of the partner's shell, just a complete, accessible document with one `<main>`.
 */
export interface DocumentShellOptions {
  title: string;
  /** Everything inside `<main>`, the `<h1>` included. */
  main: Html;
  /** For pages that answer one person's request: search engines are told to leave them out. */
  noindex?: boolean;
  /** Extra head elements, e.g. a `<style>`. */
  head?: Html;
  /** An inline style for `<body>`, where a page's CSP allows no `<style>` element. */
  bodyStyle?: string;
  /** After `<main>`, e.g. a script. */
  afterMain?: Html;
}

export function documentShell({
  title,
  main,
  noindex = false,
  head,
  bodyStyle,
  afterMain,
}: DocumentShellOptions): string {
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${
    noindex ? html`<meta name="robots" content="noindex">` : null
  }<title>${title}</title>${head}</head><body${bodyStyle ? html` style="${bodyStyle}"` : null}><main>${main}</main>${afterMain}</body></html>`
    .text;
}
