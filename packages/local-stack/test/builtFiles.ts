import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file of a built site, relative to its root. */
export const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

const TEXT = /\.(html|js|mjs|css|xml|txt|json|svg|webmanifest)$/;
export const textFilesUnder = (dir: string) => filesUnder(dir).filter((file) => TEXT.test(file));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every mention of the CMS in a built file, with some context, except the two a live site needs: the enquiry endpoint
 * (the checker's POST and the plain form's action) and the CSP directives that allow exactly that POST.
 */
export function cmsReferences(text: string, cmsOrigin: string): string[] {
  const host = new URL(cmsOrigin).host;
  const allowedCsp = new RegExp(`(connect-src|form-action)[^;"]*?${escapeRegExp(cmsOrigin)}`, 'g');
  // The two forms that post to the CMS by design: the enquiry and the partnership site's postcode finder.
  const scanned = text
    .replace(allowedCsp, '$1')
    .replaceAll(`${cmsOrigin}/api/enquiries/submit`, '<enquiry endpoint>')
    .replaceAll(`${cmsOrigin}/api/partners/find`, '<finder endpoint>');
  return [...scanned.matchAll(new RegExp(escapeRegExp(host), 'g'))].map((m) =>
    scanned.slice(Math.max(0, m.index - 80), m.index + host.length + 60),
  );
}

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The page's meta CSP as directive name → its sources. */
export function metaCsp(html: string): Record<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) return {};
  const directives = decode(content)
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return Object.fromEntries(directives.map(([name, ...sources]) => [name!, sources]));
}

/**
 * Inline code on the page that its meta CSP does not allow by hash: `<script>` and `<style>` contents, and `style`
 * attributes (which also need 'unsafe-hashes'). Checked in the file, because a browser does not hold inline code that
 * comes before the meta element to the policy at all, so no violation would show it.
 */
export function unhashedInlineCode(html: string): string[] {
  const csp = metaCsp(html);
  const scriptSources = csp['script-src-elem'] ?? csp['script-src'] ?? [];
  const styleSources = csp['style-src-elem'] ?? csp['style-src'] ?? [];
  const attributeSources = csp['style-src-attr'] ?? csp['style-src'] ?? [];
  const problems: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attrs!) || /type="application\/(ld\+)?json"/.test(attrs!)) continue;
    if (!scriptSources.includes(sha256(body!))) problems.push(`script: ${body!.slice(0, 80)}`);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    if (!styleSources.includes(sha256(body!))) problems.push(`style: ${body!.slice(0, 80)}`);
  }
  for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    if (!attributeSources.includes("'unsafe-hashes'") || !attributeSources.includes(sha256(decode(value!))))
      problems.push(`style attribute: ${value}`);
  }
  return problems;
}

/** Where a page's images, icons and link previews come from: each must be a file of the site itself (or inline). */
export function imageUrls(html: string): string[] {
  const img = [...html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!);
  const icons = [...html.matchAll(/<link rel="icon"[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
  const sources = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
    m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!),
  );
  return [...img, ...icons, ...sources].map(decode);
}
