import type { Block } from 'payload';
import { RichTextBlock } from './RichText/config.ts';
import { KeyFigureBlock } from './KeyFigure/config.ts';
import { StepsBlock } from './Steps/config.ts';
import { CallToActionBlock } from './CallToAction/config.ts';
import { QuoteBlock } from './Quote/config.ts';
import { ImageBlock } from './Image/config.ts';

/** The blocks a page is built from, in the order the admin offers them. Each has one site-kit component of its own. */
export const PAGE_BLOCKS: Block[] = [RichTextBlock, KeyFigureBlock, StepsBlock, CallToActionBlock, QuoteBlock, ImageBlock];
