import type { Payload, PayloadRequest } from 'payload';
import { homeLayoutFromCampaignCopy } from '../globals/HomePage/fromCampaignCopy.ts';

/** The old copy as an adapter reads it back: a fresh database has no row, and its columns may be null. */
export interface OldCampaignCopy {
  sections: Array<{ heading: string; body: string }>;
  bridgeToFoster?: { heading: string | null; body: string | null; successRate: number | string | null };
}

/**
 * The data half of the migration that builds the home page from blocks, shared by every adapter's migration: each
 * reads the old sections and Bridge to Foster copy in its own SQL (or MongoDB) before its schema change drops them, and
 * this writes them back as the home page's layout through Payload, so the published copy is not lost. A database
 * with no copy yet (a fresh install) has nothing to move: the seed writes the new shape. Payload knows the global as
 * "home-page" since a later migration renamed it; `asHomePage` lets it find the global under that name for the write.
 */
export async function layOutHomePage(
  { payload, req }: { payload: Payload; req: Partial<PayloadRequest> },
  old: OldCampaignCopy,
  asHomePage: (write: () => Promise<void>) => Promise<void>,
) {
  const bridgeToFoster = old.bridgeToFoster;
  if (!bridgeToFoster?.heading) return;
  const layout = homeLayoutFromCampaignCopy({
    sections: old.sections.map(({ heading, body }) => ({ heading, body })),
    bridgeToFoster: {
      heading: bridgeToFoster.heading,
      body: bridgeToFoster.body ?? '',
      successRate: Number(bridgeToFoster.successRate ?? 0),
    },
  });
  await asHomePage(async () => {
    await payload.updateGlobal({ slug: 'home-page', data: { layout }, req, overrideAccess: true });
  });
  payload.logger.info(
    `[migrate] the home page's ${old.sections.length} sections and Bridge to Foster copy are now its layout of blocks`,
  );
}
