import type {
  AllowancesTableBlock,
  CallToActionBlock,
  KeyFigureBlock,
  Media,
  Page,
  QuoteBlock,
  StepsBlock,
} from '../../payload-types.ts';
import type { SeedImage } from '../media.ts';
import { proseToRichText } from '../richText.ts';

type Plain<T> = Omit<T, 'id' | 'blockName'>;

/** A block as seed copy is written: text as prose, an image as the seed image it uploads. */
export type SeedBlock =
  | { blockType: 'richText'; prose: Parameters<typeof proseToRichText>[0] }
  | { blockType: 'image'; image: SeedImage; caption?: string }
  | Plain<KeyFigureBlock>
  | (Omit<Plain<StepsBlock>, 'steps'> & { steps: Array<{ title: string; description: string }> })
  | Plain<CallToActionBlock>
  | Plain<QuoteBlock>
  | Plain<AllowancesTableBlock>;

export interface SeedPage {
  title: string;
  slug: string;
  summary: string;
  showInNavigation: boolean;
  navigationOrder: number;
  layout: SeedBlock[];
}

/** The page as Payload stores it, its images uploaded (or found) by `imageId`. Shown on all partners, published. */
export async function pageData(page: SeedPage, imageId: (image: SeedImage) => Promise<Media['id']>) {
  const layout: NonNullable<Page['layout']> = [];
  for (const block of page.layout) {
    if (block.blockType === 'richText') layout.push({ blockType: 'richText', content: proseToRichText(block.prose) });
    else if (block.blockType === 'image')
      layout.push({ blockType: 'image', image: await imageId(block.image), caption: block.caption });
    else layout.push(block);
  }
  return { ...page, layout, shownOn: 'all' as const, _status: 'published' as const };
}
