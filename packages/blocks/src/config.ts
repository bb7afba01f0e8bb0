/**
 * The CMS's entry point: the blocks' Payload configs and nothing a site renders with (test/importGraph.test.ts holds
 * that no .astro file, site-kit or content module is reachable from here).
 */
import type { Block } from 'payload';
import type { CmsBlockFields } from './fields.ts';
import * as RichText from './RichText/config.ts';
import * as KeyFigure from './KeyFigure/config.ts';
import * as Steps from './Steps/config.ts';
import * as CallToAction from './CallToAction/config.ts';
import * as Quote from './Quote/config.ts';
import * as Image from './Image/config.ts';
import * as Faqs from './Faqs/config.ts';
import * as StoryList from './StoryList/config.ts';
import * as Events from './Events/config.ts';
import * as AllowancesTable from './AllowancesTable/config.ts';
import * as PartnerContact from './PartnerContact/config.ts';
import * as LocalOffer from './LocalOffer/config.ts';

export type { CmsBlockFields, StoredPartner } from './fields.ts';
export { ALLOWANCES_TABLE_DEFAULTS } from './AllowancesTable/config.ts';
export { EVENTS_DEFAULTS } from './Events/config.ts';
export { FAQS_DEFAULTS } from './Faqs/config.ts';
export { LOCAL_OFFER_DEFAULTS } from './LocalOffer/config.ts';
export { PARTNER_CONTACT_DEFAULTS } from './PartnerContact/config.ts';
export { STORY_LIST_DEFAULTS } from './StoryList/config.ts';

/**
 * Every block's folder, in the order the admin offers them: shared content first, then the partner blocks that show
 * each council's own data. Each folder also holds the block's content schema, its component and its examples.
 */
export const BLOCK_CONFIGS = [
  RichText,
  KeyFigure,
  Steps,
  CallToAction,
  Quote,
  Image,
  Faqs,
  StoryList,
  Events,
  AllowancesTable,
  PartnerContact,
  LocalOffer,
];

/** The blocks a page (and the home page) is built from, with the CMS's own field rules. */
export const pageBlocks = (fields: CmsBlockFields): Block[] => BLOCK_CONFIGS.map((block) => block.config(fields));

/** The partner blocks, what each needs from the partner's record, and whether a partner has it. */
export const PARTNER_DATA_NEEDED = {
  allowancesTable: AllowancesTable.partnerData,
  localOffer: LocalOffer.partnerData,
  partnerContact: PartnerContact.partnerData,
} as const;

export type PartnerBlockSlug = keyof typeof PARTNER_DATA_NEEDED;
