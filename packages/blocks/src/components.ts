import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** The block type a folder defines: `KeyFigure/` holds the `keyFigure` block (test/folders.test.ts holds that). */
export const blockTypeOf = (folder: string): string => folder.charAt(0).toLowerCase() + folder.slice(1);

const files = import.meta.glob<AstroComponentFactory>('./*/*.astro', { eager: true, import: 'default' });

/** Each block's component, by block type: the one `.astro` file of its folder, named after it (`KeyFigure/KeyFigure.astro`). */
export const BLOCK_COMPONENTS: ReadonlyMap<string, AstroComponentFactory> = new Map(
  Object.entries(files).flatMap(([file, component]) => {
    const [, folder, name] = file.split('/');
    return name === `${folder}.astro` ? [[blockTypeOf(folder!), component]] : [];
  }),
);
