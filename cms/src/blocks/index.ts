import { pageBlocks } from '@bfp/blocks/config';
import { typedUrlField } from '../fields/typedUrl.ts';
import { withSafeLinks } from '../fields/richTextLinks.ts';
import { localizedBlock } from '../localization/localizedTexts.ts';

/**
 * The blocks a page is built from (each one folder of @bfp/blocks), with this CMS's rules for the links a person types,
 * and their texts written in each language the partners need.
 */
export const PAGE_BLOCKS = pageBlocks({ typedUrlField, withSafeLinks }).map(localizedBlock);
