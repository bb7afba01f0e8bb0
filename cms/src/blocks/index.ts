import type { Block } from 'payload';
import { RichTextBlock } from './RichText/config.ts';
import { KeyFigureBlock } from './KeyFigure/config.ts';
import { StepsBlock } from './Steps/config.ts';
import { CallToActionBlock } from './CallToAction/config.ts';
import { QuoteBlock } from './Quote/config.ts';
import { ImageBlock } from './Image/config.ts';
import { FaqsBlock } from './Faqs/config.ts';
import { StoryListBlock } from './StoryList/config.ts';
import { EventsBlock } from './Events/config.ts';
import { AllowancesTableBlock } from './AllowancesTable/config.ts';
import { PartnerContactBlock } from './PartnerContact/config.ts';
import { LocalOfferBlock } from './LocalOffer/config.ts';

/**
 * The blocks a page is built from, in the order the admin offers them: shared content first, then the partner blocks
 * that show each council's own data. Each has one site-kit component of its own.
 */
export const PAGE_BLOCKS: Block[] = [
  RichTextBlock,
  KeyFigureBlock,
  StepsBlock,
  CallToActionBlock,
  QuoteBlock,
  ImageBlock,
  FaqsBlock,
  StoryListBlock,
  EventsBlock,
  AllowancesTableBlock,
  PartnerContactBlock,
  LocalOfferBlock,
];
