import { z } from 'astro/zod';

/** An image as the sites are given it: by the image block here, and by the partner's logo and a story's picture. */
export const imageSchema = z.object({
  /**
   * Absolute URL of the image on the CMS (or a data: URI for inlined SVG logos). Sites never link to it: site-kit
   * downloads it at build time and serves its own copy.
   */
  src: z.string(),
  alt: z.string().min(1),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

export type ImageEntry = z.infer<typeof imageSchema>;

/** A relationship as Payload returns it: an id, or the document when fetched deep enough. */
export type Related<T extends object> = number | string | T;

/**
 * What the content loader lends a block's mapping: the loader's rules for CMS documents (which address files are read
 * from, populated relationships), so a block maps its own fields and the loader keeps those rules in one place.
 */
export interface BlockMapping {
  /** Where the block is, as errors name it: "page step-down-fostering", "the home page". */
  where: string;
  /** An upload field's image at the size pages show, or null when it was deleted. `what` names it in errors. */
  image: (value: Related<object> | null | undefined, what: string) => ImageEntry | null;
  /** HTML the CMS rendered from rich text, its images read from the build's CMS address. */
  richTextHtml: (html: string) => string;
  /**
   * A block's chosen documents as the sites know them, or "all" when none are chosen. A chosen document that was
   * deleted (or is a draft the build cannot read) is simply not there: the block shows the rest.
   */
  chosen: <T extends object>(
    docs: Array<Related<T>> | null | undefined,
    key: (doc: T) => string,
    what: string,
  ) => 'all' | string[];
}
