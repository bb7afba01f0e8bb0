import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Language } from '@bfp/eligibility';
import type { ImageEntry, PageBlockEntry } from './content.ts';

/**
 * What a site gives the blocks it renders. Its data: the partner blocks show its partner's, the lists its stories,
 * FAQs and events (site-kit's entries fit these shapes). Its parts: components and rules of the site's own, shared
 * with its other pages, which some blocks render with; lent by the site so this package never imports site-kit.
 */
export interface BlockSite {
  partner: {
    shortName: string;
    contact: { phone: string; email: string; officeHours: string | null; address: string | null };
    allowances: {
      appliesFrom: string | null;
      bands: Array<{ ageBand: string; weeklyAllowance: number; weeklyFee: number | null }>;
      note: string | null;
    };
    localOffer: string;
    supportOffer: string;
    localGroups: Array<{ name: string; meets: string | null; description: string | null }>;
  };
  /** The stories this site shows, newest first. */
  stories: Array<{ slug: string }>;
  /** The FAQs this site shows, in their order. */
  faqs: Array<{ id: string }>;
  /** This site's upcoming events, soonest first. */
  events: unknown[];
  parts: BlockParts;
}

export interface BlockParts {
  /** The site's list of events (with their structured data): props `events`, `partner`, `language`. */
  EventList: AstroComponentFactory;
  /** The site's list of questions and answers (with its FAQPage structured data): props `faqs`, `language`. */
  FaqList: AstroComponentFactory;
  /** A story as a card linking to its page: props `story`, `language`. */
  StoryCard: AstroComponentFactory;
  /** The href to render for a link from the CMS, or null: then the block shows the link's words alone. */
  siteHref: (href: string | null | undefined) => string | null;
  /** A page image as a file of the site's own build, at most the page's width. */
  pageImage: (image: ImageEntry) => Promise<{ src: string; width: number; height: number }>;
}

/**
 * The props every block's component is given: its entry, a heading id unique on the page, the site, and the page's
 * language (English when not given), which its fixed words are in and which it passes on to the site's parts.
 */
export type BlockProps<T extends PageBlockEntry['type']> = Extract<PageBlockEntry, { type: T }> & {
  id: string;
  site: BlockSite;
  language?: Language;
};
