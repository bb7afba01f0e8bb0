import type { Field } from 'payload';
import type { Partner } from '../payload-types.ts';

/**
 * The blocks that show the partner's own data, what each needs, and whether a partner has it. A page is written once,
 * so on a council that has not filled its data in the block shows its fallback text; the site-builds list names the
 * data each partner is missing for the pages shown on it (see jobs/rebuildSites/missingLocalData.ts).
 */
export const PARTNER_DATA_NEEDED = {
  allowancesTable: { data: 'allowances and fees (age bands and the date they apply from)', has: (p: Partner) => (p.allowances?.bands?.length ?? 0) > 0 },
  localOffer: { data: 'local offer, support offer or local groups', has: (p: Partner) => Boolean(p.localOffer?.trim() || p.supportOffer?.trim() || p.localGroups?.length) },
  partnerContact: { data: 'office hours', has: (p: Partner) => Boolean(p.contact?.officeHours?.trim()) },
} as const;

export type PartnerBlockSlug = keyof typeof PARTNER_DATA_NEEDED;

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
export const chosenField = ({ name, relationTo, what, one }: { name: string; relationTo: 'faqs' | 'stories'; what: string; one: string }): Field => ({
  name,
  label: `Chosen ${what}`,
  type: 'relationship',
  relationTo,
  hasMany: true,
  admin: { description: `Leave empty for every ${one} shown on the site. A chosen one not shown on a site is left out there.` },
});
