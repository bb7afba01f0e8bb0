import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PayloadHandler } from 'payload';

// The same stylesheets every partner site is built with, so a reply the CMS renders looks like the site it answers.
const THEME_FILES = ['@bfp/theme-base/tokens.css', '@bfp/theme-base/base.css', '@bfp/theme-warm/theme.css'];

/** Under the enquiries collection's endpoints: /api/enquiries/reply-theme.css. */
export const REPLY_STYLESHEET_PATH = '/reply-theme.css';

let css: string | undefined;

/**
 * Read from the workspace packages at first use. Resolved from the CMS's own folder (every start command runs there),
 * not from this module's URL, which inside Next's server bundle points into `.next/`.
 */
function themeCss(): string {
  if (css === undefined) {
    const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve;
    css = THEME_FILES.map((file) => readFileSync(resolve(file), 'utf8')).join('\n');
  }
  return css;
}

/**
 * The theme as a stylesheet of its own, as on the partner sites: the reply pages inline only the partner's brand
 * colours, and the theme is one file a browser can keep between the problem page and the confirmation.
 */
export const replyStylesheet: PayloadHandler = async () =>
  new Response(themeCss(), {
    headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
