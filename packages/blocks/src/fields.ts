import type { Block, Field, RichTextField, TextField } from 'payload';

/**
 * The field builders a block borrows from the CMS, which owns their rules (which links a person may type, with the
 * CMS's own idea of production): passed in by the CMS, so this package never imports the CMS and the rule stays there.
 */
export interface CmsBlockFields {
  /** A text field holding a URL a person types (cms/src/fields/typedUrl.ts). */
  typedUrlField: (field: { name: string; label: string } & Pick<TextField, 'admin' | 'access'>) => TextField;
  /** A rich text field whose custom links must pass the same rule (cms/src/fields/richTextLinks.ts). */
  withSafeLinks: (field: Omit<RichTextField, 'validate' | 'label'> & { label: string }) => RichTextField;
}

/** A block's Payload config, built with the CMS's field builders (most blocks need none of them). */
export type BlockConfig = (fields: CmsBlockFields) => Block;

/**
 * What a partner block needs from the partner's record, and whether a partner has it. A page is written once, so on a
 * council that has not filled its data in the block shows its fallback text; the site-builds list names the data each
 * partner is missing for the pages shown on it (see cms/src/jobs/rebuildSites/missingLocalData.ts).
 */
export interface PartnerDataNeeded {
  data: string;
  has: (partner: StoredPartner) => boolean;
}

/** The parts of a partner's record the partner blocks read (Payload's generated `Partner` fits it). */
export interface StoredPartner {
  allowances?: { bands?: unknown[] | null } | null;
  localOffer?: string | null;
  supportOffer?: string | null;
  localGroups?: unknown[] | null;
  contact?: { officeHours?: string | null } | null;
}

/** The text a block shows in place of what a site does not have (a partner's data, upcoming events). */
export const fallbackField = (example: string, label = 'Text when the partner has not filled this in'): Field => ({
  name: 'fallback',
  label,
  type: 'textarea',
  required: true,
  defaultValue: example,
  admin: { description: 'Shown instead, on a partner site that has nothing of its own to show here yet.' },
});

/** A block's chosen documents (FAQs, stories): none chosen means every one the site shows. */
export const chosenField = ({
  name,
  relationTo,
  what,
  one,
}: {
  name: string;
  relationTo: 'faqs' | 'stories';
  what: string;
  one: string;
}): Field => ({
  name,
  label: `Chosen ${what}`,
  type: 'relationship',
  relationTo,
  hasMany: true,
  admin: {
    description: `Leave empty for every ${one} shown on the site. A chosen one not shown on a site is left out there.`,
  },
});
