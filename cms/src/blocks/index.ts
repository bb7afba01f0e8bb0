import { pageBlocks } from '@bfp/blocks/config';
import { typedUrlField } from '../fields/typedUrl.ts';
import { withSafeLinks } from '../fields/richTextLinks.ts';

/**
 * The blocks a page is built from (each one folder of @bfp/blocks), with this CMS's rules for the links a person types.
 */
export const PAGE_BLOCKS = pageBlocks({ typedUrlField, withSafeLinks });
