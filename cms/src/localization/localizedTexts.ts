import type { Block, Field } from 'payload';

const TEXT_TYPES = new Set(['text', 'textarea', 'richText']);

/**
 * Every text a person writes in these fields (text, long text, rich text, inside groups, rows, arrays and blocks) in
 * each language, and nothing else: a block's structure (its rows, images, chosen stories, figures' sources as
 * settings) is shared, so the Welsh version of a page always has the English version's blocks, in the same order.
 */
export function localizedTexts<T extends Field>(fields: T[]): T[] {
  return fields.map((field) => localizeField(field) as T);
}

function localizeField(field: Field): Field {
  if (TEXT_TYPES.has(field.type) && 'name' in field) return { ...field, localized: true } as Field;
  switch (field.type) {
    case 'group':
    case 'array':
    case 'row':
    case 'collapsible':
      return { ...field, fields: localizedTexts(field.fields) } as Field;
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: localizedTexts(tab.fields) })) };
    case 'blocks':
      return { ...field, blocks: field.blocks.map(localizedBlock) };
    default:
      return field;
  }
}

export const localizedBlock = (block: Block): Block => ({ ...block, fields: localizedTexts(block.fields) });
