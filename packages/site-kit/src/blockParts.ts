import type { BlockParts } from '@bfp/blocks/site';
import EventList from './components/EventList.astro';
import FaqList from './components/FaqList.astro';
import StoryCard from './components/StoryCard.astro';
import { pageImage } from './buildTimeImages.ts';
import { siteHref } from './safeLinks.ts';

/** The site's own parts the blocks render with (@bfp/blocks never imports site-kit): the same as its other pages use. */
export const BLOCK_PARTS: BlockParts = { EventList, FaqList, StoryCard, siteHref, pageImage };
