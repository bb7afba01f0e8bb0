import { createHash } from 'node:crypto';

/**
 * The CSP source for inline text Astro does not hash itself (`is:inline` styles, style attributes). Browsers hash
 * the exact text between the tags (or the attribute's value), so the same string must be both hashed and rendered.
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
