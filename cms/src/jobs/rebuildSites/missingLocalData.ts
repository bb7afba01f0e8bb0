import type { Payload, PayloadRequest } from 'payload';
import type { Partner } from '../../payload-types.ts';
import { PARTNER_DATA_NEEDED, type PartnerBlockSlug } from '@bfp/blocks/config';

interface PartnerBlockUse {
  block: PartnerBlockSlug;
  /** Where it is, as staff know it: "the home page" or the page's title. */
  on: string;
  /** The partner ids it is shown on, or "all". */
  shownOn: 'all' | Array<Partner['id']>;
}

const isPartnerBlock = (blockType: string): blockType is PartnerBlockSlug => blockType in PARTNER_DATA_NEEDED;
const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: Partner['id'] }).id : (value as Partner['id']);

/** Every partner block on the published home page and pages, once per rebuild run (not once per site). */
export async function partnerBlocksInUse(payload: Payload, req: PayloadRequest): Promise<PartnerBlockUse[]> {
  const uses: PartnerBlockUse[] = [];
  const home = await payload.findGlobal({ slug: 'home-page', depth: 0, req });
  for (const { blockType } of home.layout ?? [])
    if (isPartnerBlock(blockType)) uses.push({ block: blockType, on: 'the home page', shownOn: 'all' });
  const { docs: pages } = await payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    req,
  });
  for (const page of pages) {
    const shownOn = page.shownOn === 'all' ? ('all' as const) : (page.partners ?? []).map(idOf);
    for (const { blockType } of page.layout ?? [])
      if (isPartnerBlock(blockType)) uses.push({ block: blockType, on: `“${page.title}”`, shownOn });
  }
  return uses;
}

/**
 * What the partner has not filled in that its site's pages would show, e.g. "allowances and fees (…) for “Allowances
 * and fees”", or null when nothing is missing. The site still builds: those blocks show their fallback text.
 */
export function missingLocalData(partner: Partner, uses: PartnerBlockUse[]): string | null {
  const missing = new Map<PartnerBlockSlug, string[]>();
  for (const use of uses) {
    if (use.shownOn !== 'all' && !use.shownOn.includes(partner.id)) continue;
    if (PARTNER_DATA_NEEDED[use.block].has(partner)) continue;
    const places = missing.get(use.block) ?? [];
    if (!places.includes(use.on)) places.push(use.on);
    missing.set(use.block, places);
  }
  if (!missing.size) return null;
  return [...missing]
    .map(
      ([block, places]) =>
        `No ${PARTNER_DATA_NEEDED[block].data}, shown on ${places.join(', ')}: the fallback text is shown instead`,
    )
    .join('; ');
}
