import type { HomePage } from '../../payload-types.ts';
import { proseToRichText } from '../../seed/richText.ts';
import {
  EVENTS_DEFAULTS,
  FAQS_DEFAULTS,
  LOCAL_OFFER_DEFAULTS,
  PARTNER_CONTACT_DEFAULTS,
  STORY_LIST_DEFAULTS,
} from '@bfp/blocks/config';

/** The campaign copy as it was before the home page was built from blocks: fixed sections and the Bridge to Foster figure. */
export interface CampaignCopySections {
  sections: Array<{ heading: string; body: string }>;
  bridgeToFoster: { heading: string; body: string; successRate: number };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The home page's layout from the old fixed copy, in the order the home page showed it: each section as text, the
 * Bridge to Foster figure as a key figure with its source, then the stories, the council's local offer, the events,
 * the FAQs and the council's contact details. The migration moves existing copy with it, and the seed writes its
 * sample copy through it, so both give the same page.
 */
export function homeLayoutFromCampaignCopy({
  sections,
  bridgeToFoster,
}: CampaignCopySections): NonNullable<HomePage['layout']> {
  return [
    ...sections.map((section) => ({
      blockType: 'richText' as const,
      content: proseToRichText([{ heading: section.heading }, ...paragraphsOf(section.body)]),
    })),
    {
      blockType: 'richText',
      content: proseToRichText([{ heading: bridgeToFoster.heading }, ...paragraphsOf(bridgeToFoster.body)]),
    },
    {
      blockType: 'keyFigure',
      figure: `${bridgeToFoster.successRate}%`,
      label:
        'of children supported by Bridge to Foster have moved successfully into foster care, and we are working to make it every child.',
      source: 'National Fostering Group',
    },
    { blockType: 'storyList', ...STORY_LIST_DEFAULTS },
    { blockType: 'localOffer', ...LOCAL_OFFER_DEFAULTS, heading: 'Fostering with us' },
    { blockType: 'events', ...EVENTS_DEFAULTS },
    { blockType: 'faqs', ...FAQS_DEFAULTS },
    { blockType: 'partnerContact', ...PARTNER_CONTACT_DEFAULTS },
  ];
}
