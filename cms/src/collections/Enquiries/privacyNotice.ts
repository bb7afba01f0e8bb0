import type { PayloadRequest } from 'payload';
import type { Partner } from '../../payload-types.ts';

/**
 * The privacy-notice versions an enquiry from a partner's site may consent to: the partner's current version, and the
 * version its live site was built with (recorded on its site build when a deploy is verified live). Between a change
 * of notice and the rebuilt site going live, every page the carer can load shows the old notice and sends its
 * version: refusing it would ask them to reload a page that would send the same again. Once the new site is live, its
 * pages send the new version and the old one is refused again; a version that was never current nor live, always.
 */
export async function acceptedNoticeVersions(
  req: PayloadRequest,
  site: Pick<Partner, 'id' | 'privacy'>,
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'site-builds',
    where: { partner: { equals: site.id } },
    select: { liveNoticeVersion: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const live = docs[0]?.liveNoticeVersion;
  return [...new Set([site.privacy.noticeVersion, ...(live ? [live] : [])])];
}
