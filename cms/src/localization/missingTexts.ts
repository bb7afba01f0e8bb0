import type { Block, Field } from 'payload';
import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';

type Tree = Record<string, unknown> | null | undefined;

/**
 * A document as it is about to be stored: `data` holds one language's texts (the language being saved, `current`),
 * `all` the stored document read in every language (`locale: 'all'`: each localized value is `{ en, cy }`). Either
 * may be missing: a new document has no `all`, and a stored one checked on its own has no `data`.
 */
export interface Versions {
  data?: Tree;
  all?: Tree;
  current?: Language;
}

const hasText = (value: unknown): boolean => {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(hasText);
  // Rich text: a tree of nodes; only the words in it count (an empty editor still holds an empty paragraph).
  const node = value as { text?: unknown; root?: unknown; children?: unknown };
  if ('root' in node || 'children' in node) return hasText(node.text) || hasText(node.root) || hasText(node.children);
  if ('text' in node) return hasText(node.text);
  return Object.keys(node).length > 0;
};

const asTree = (value: unknown): Tree => (value && typeof value === 'object' ? (value as Tree) : undefined);
const rows = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value) ? value.filter((row) => row && typeof row === 'object') : [];
// As a sentence says it: Payload gives a field with no label of its own its name in title case ("Local Offer").
const labelOf = (field: { name: string; label?: unknown }) =>
  (typeof field.label === 'string' ? field.label : field.name.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase();

/**
 * The texts a document lacks in `language`, each named by its label (a block's name before it): a localized text is
 * missing when it is required, or written in English, and empty in that language. So a Welsh version always carries
 * whatever the English one says. Rows of a block or an array are matched by id: a row added since the last Welsh save
 * has no Welsh yet.
 */
export function missingTexts(fields: Field[], versions: Versions, language: Language, prefix = ''): string[] {
  const { data, all, current } = versions;
  const fromData = current !== undefined;
  const missing: string[] = [];
  const valueIn = (name: string, wanted: Language): unknown =>
    wanted === current ? data?.[name] : asTree(all?.[name])?.[wanted];

  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      missing.push(...missingTexts(field.fields, versions, language, prefix));
      continue;
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        missing.push(
          ...('name' in tab && tab.name
            ? missingTexts(tab.fields, nested(versions, tab.name), language, prefix)
            : missingTexts(tab.fields, versions, language, prefix)),
        );
      continue;
    }
    if (!('name' in field) || field.type === 'ui') continue;
    const label = `${prefix}${labelOf(field)}`;
    if (field.localized) {
      const required = 'required' in field && field.required === true;
      const inEnglish = language !== DEFAULT_LANGUAGE && hasText(valueIn(field.name, DEFAULT_LANGUAGE));
      if ((required || inEnglish) && !hasText(valueIn(field.name, language))) missing.push(label);
      continue;
    }
    if (field.type === 'group') {
      missing.push(...missingTexts(field.fields, nested(versions, field.name), language, `${label}: `));
      continue;
    }
    if (field.type === 'array' || field.type === 'blocks') {
      const structure = rows(fromData ? data?.[field.name] : all?.[field.name]);
      const stored = rows(all?.[field.name]);
      structure.forEach((row, index) => {
        const storedRow = stored.find((candidate) => row.id !== undefined && candidate.id === row.id);
        const block: Block | undefined =
          field.type === 'blocks' ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined;
        const rowFields = field.type === 'array' ? field.fields : (block?.fields ?? []);
        const rowName = block ? `${block.labels?.singular ?? block.slug} ${index + 1}: ` : `${label} ${index + 1}: `;
        missing.push(
          ...missingTexts(
            rowFields,
            { data: fromData ? row : undefined, all: storedRow ?? (fromData ? undefined : row), current },
            language,
            `${prefix}${rowName}`,
          ),
        );
      });
    }
  }
  return missing;
}

const nested = ({ data, all, current }: Versions, name: string): Versions => ({
  data: asTree(data?.[name]),
  all: asTree(all?.[name]),
  current,
});
