import { safeHref } from '@bfp/links';

/** An image in a story's text, as the CMS wrote it, and the copy the site's build made of it. */
export interface BodyImage {
  src: string;
  width?: number;
  height?: number;
}

export interface PreparedStoryBody {
  html: string;
  /** Every distinct `style` attribute value left in the HTML, for the page's CSP (`style-src-attr` hashes). */
  styleAttributes: string[];
}

const decode = (value: string) =>
  value.replace(
    /&(quot|#39|lt|gt|amp);/g,
    (_, entity: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[entity]!,
  );
const encode = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), decode(value!)]),
  );
}

const dimension = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * A link keeps its href only if it passes the typed-URL rule (@bfp/links): any other becomes its words alone. The CMS
 * refuses such links on save; this covers rows saved before it did, and HTML nobody checked. Each kept tag is written
 * anew from the href that was checked, so no other attribute (or an href the pattern could not read) gets through.
 */
export function withSafeLinks(html: string, { allowLocalhost }: { allowLocalhost: boolean }): string {
  const open: boolean[] = [];
  return html.replace(/<a\b[^>]*>|<\/a\s*>/gi, (tag) => {
    if (tag.startsWith('</')) return open.pop() ? tag : '';
    const { href, target, style } = attributes(tag);
    const safe = safeHref(href, { allowLocalhost });
    open.push(Boolean(safe));
    if (!safe) return '';
    const newTab = target === '_blank' ? ' target="_blank" rel="noopener noreferrer"' : '';
    return `<a href="${encode(safe)}"${newTab}${style ? ` style="${encode(style)}"` : ''}>`;
  });
}

/**
 * Payload's Lexical converter numbers every list item (`<li value="1">`), bullets too; the HTML standard allows
 * `value` only on an item of an ordered list, so the W3C checker fails a page with a bulleted list. Items of a `<ul>`
 * lose it; items of an `<ol>` keep it (nested lists are followed, each item counts against its own list).
 */
export function withValidListItems(html: string): string {
  const lists: string[] = [];
  return html.replace(/<(\/?)(ul|ol|li)\b[^>]*>/gi, (tag, closing: string, name: string) => {
    const element = name.toLowerCase();
    if (element !== 'li') {
      if (closing) lists.pop();
      else lists.push(element);
      return tag;
    }
    return !closing && lists.at(-1) === 'ul' ? tag.replace(/\svalue="[^"]*"/i, '') : tag;
  });
}

/**
 * A story's body is HTML the CMS renders from rich text (Payload's Lexical converters). An image an editor placed in
 * the text arrives as an `<img>` on the CMS inside a `<picture>` with one `<source>` per stored size, and aligned or
 * indented blocks carry `style` attributes. A live site must load nothing from the CMS, and its CSP refuses style
 * attributes it holds no hash for; so each image becomes the build's own copy (`buildImage`, e.g. astro:assets'
 * getImage) and the style values are returned to be hashed. Links go through withSafeLinks (`allowLocalhost`: see
 * safeLinks.ts).
 */
export async function prepareStoryBody(
  html: string,
  { buildImage, allowLocalhost }: { buildImage: (image: BodyImage) => Promise<BodyImage>; allowLocalhost: boolean },
): Promise<PreparedStoryBody> {
  // The sources point at the CMS's own sizes; one image from the site's build serves instead.
  const withoutPictures = withValidListItems(withSafeLinks(html, { allowLocalhost })).replace(
    /<picture\b[^>]*>([\s\S]*?)<\/picture>/g,
    (_, inner: string) => /<img\b[^>]*>/.exec(inner)?.[0] ?? '',
  );
  const tags = [...new Set(withoutPictures.match(/<img\b[^>]*>/g) ?? [])];
  const built = new Map<string, string>();
  for (const tag of tags) {
    const { src, alt = '', width, height, style } = attributes(tag);
    if (!src || !/^https?:\/\//.test(src)) continue;
    const image = await buildImage({ src, width: dimension(width), height: dimension(height) });
    const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
    built.set(
      tag,
      `<img src="${encode(image.src)}" alt="${encode(alt)}"${size}${style ? ` style="${encode(style)}"` : ''} loading="lazy" decoding="async">`,
    );
  }
  const result = withoutPictures.replace(/<img\b[^>]*>/g, (tag) => built.get(tag) ?? tag);
  const styleAttributes = [...new Set([...result.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => decode(value!)))];
  return { html: result, styleAttributes };
}
