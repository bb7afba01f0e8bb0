/**
 * A slug is a document's address on every site (/stories/<slug>/, /<slug>/): lower-case words joined by hyphens, e.g.
 * "tegans-story". The rule and the slug a title gives live together here, imported by each collection's validation,
 * the hook and the admin's field, so a derived slug always passes the rule.
 */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugMessage = (example: string) => `Use lower-case words joined by hyphens, e.g. "${example}"`;
/** Long titles give slugs cut at a word, so addresses stay readable. */
const MAX_DERIVED_LENGTH = 80;

export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG.test(value);

/** "Tegan's story: a new start" → "tegans-story-a-new-start"; "" when the title has no letters or digits. */
export function slugFromTitle(title: unknown): string {
  if (typeof title !== 'string') return '';
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // An apostrophe joins its word ("Tegan's" is one word, not "tegan-s").
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_DERIVED_LENGTH && slug) break;
    slug = next.slice(0, MAX_DERIVED_LENGTH);
  }
  return slug;
}
