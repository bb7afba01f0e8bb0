import { getImage, inferRemoteSize } from 'astro:assets';
import type { ImageEntry } from '@bfp/content';
import type { BodyImage } from './storyBody.ts';

/**
 * Every image a page shows is a file of the site's own build: Astro downloads it from the CMS while building and
 * writes it under /_astro/, so a live site keeps working with the CMS down and its CSP needs no CMS in img-src.
 */

/** The header shows the logo 3rem (48 px) tall (themes/base): twice that stays sharp on high-density screens. */
const HEADER_HEIGHT = 96;
/** Browsers scale a favicon down to 16–32 px, and to 64 px on some high-density screens. */
const ICON_SIZE = 64;
/** The page is at most 60rem wide; a little less than twice that for high-density screens. */
const BODY_WIDTH = 1600;

// The content loader inlines SVG logos; any other logo is a file on the CMS.
const isInlined = (logo: ImageEntry) => logo.src.startsWith('data:');

/** Scaled to fit within `bound` (never enlarged), keeping its proportions. */
async function scaled(image: BodyImage, bound: { width?: number; height?: number }): Promise<Required<BodyImage>> {
  const size =
    image.width && image.height ? { width: image.width, height: image.height } : await inferRemoteSize(image.src);
  const scale = Math.min(1, bound.width ? bound.width / size.width : 1, bound.height ? bound.height / size.height : 1);
  const built = await getImage({
    src: image.src,
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale),
  });
  return { src: built.src, width: Number(built.attributes.width), height: Number(built.attributes.height) };
}

/** The partner's logo for the site header. */
export const headerLogo = (logo: ImageEntry): Promise<BodyImage> =>
  isInlined(logo) ? Promise.resolve(logo) : scaled(logo, { height: HEADER_HEIGHT });

/** Google wants an organisation's logo at least 112 px each way; this is the height it gets, wide logos wider. */
const ORGANISATION_LOGO_HEIGHT = 224;

/**
 * The logo as a PNG file of the site's own, for search engines (structured data needs a URL), or null for an inlined
 * SVG logo: the site has no file of it, and making one means rasterising the SVG, which Astro refuses unless
 * `image.dangerouslyProcessSVG` is set for every image of the build (a crafted SVG can stall the build).
 */
export async function organisationLogoHref(logo: ImageEntry): Promise<string | null> {
  if (isInlined(logo)) return null;
  const size = logo.width && logo.height ? { width: logo.width, height: logo.height } : await inferRemoteSize(logo.src);
  const height = ORGANISATION_LOGO_HEIGHT;
  return (
    await getImage({ src: logo.src, width: Math.round((size.width / size.height) * height), height, format: 'png' })
  ).src;
}

/** The favicon: the logo itself when inlined, otherwise a small PNG of it. */
export async function faviconHref(logo: ImageEntry): Promise<string> {
  if (isInlined(logo)) return logo.src;
  // "contain" fits a wide logo inside the square without cropping it.
  return (await getImage({ src: logo.src, width: ICON_SIZE, height: ICON_SIZE, fit: 'contain', format: 'png' })).src;
}

/** An image an editor placed in a story's text. */
export const storyBodyImage = (image: BodyImage): Promise<BodyImage> => scaled(image, { width: BODY_WIDTH });

/** A page's image block, at most the page's width. */
export const pageImage = (image: ImageEntry): Promise<BodyImage> => scaled(image, { width: BODY_WIDTH });
