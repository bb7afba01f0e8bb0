import { ValidationError, type Field, type FieldHook, type SanitizedConfig } from 'payload';
import { controlCharacterMessage, hasControlCharacter, type TextLines } from '@bfp/eligibility';

/**
 * Every field a person types into refuses control characters (the rule and its words are @bfp/eligibility's, the
 * same the carer's form uses): PostgreSQL cannot store a NUL, so one pasted into a story's title failed the save with a
 * message nobody could act on, and SQLite kept it. Single-line fields refuse tabs and line breaks too; multi-line ones
 * (textareas, code, JSON, rich text, whose Lexical state holds a tab as a text "\t") keep those.
 */
const LINES: Partial<Record<Field['type'], TextLines>> = { text: 'single', email: 'single', textarea: 'multi', code: 'multi', json: 'multi', richText: 'multi' };

/** Every string in a value, keys of JSON objects included: rich text and JSON fields carry text anywhere in a tree. */
function containsControlCharacter(value: unknown, lines: TextLines): boolean {
  if (typeof value === 'string') return hasControlCharacter(value, lines);
  if (Array.isArray(value)) return value.some((item) => containsControlCharacter(item, lines));
  if (value && typeof value === 'object') return Object.entries(value).some(([key, item]) => hasControlCharacter(key, lines) || containsControlCharacter(item, lines));
  return false;
}

function refuseControlCharacters(lines: TextLines): FieldHook {
  return ({ value, field, path, collection, global, req }) => {
    if (!containsControlCharacter(value, lines)) return value;
    const at = (path ?? []).join('.');
    const label = 'label' in field && typeof field.label === 'string' ? field.label : at;
    throw new ValidationError({ collection: collection?.slug, global: global?.slug, errors: [{ path: at, label, message: controlCharacterMessage(label, lines) }] }, req.t);
  };
}

/** A block shared by several collections (the Home page's and the pages' layouts) is one object: hooked once. */
const hooked = new WeakSet<Field>();

function applyToFields(fields: Field[]) {
  for (const field of fields) {
    const lines = LINES[field.type];
    if (lines && !hooked.has(field)) {
      hooked.add(field);
      // beforeChange, not beforeValidate or validate: it runs after field access has dropped what the request may not
      // write (a stale read-only value sent back by the admin's form is not the person's typing), and on draft saves,
      // which skip validation.
      const data = field as Extract<Field, { type: 'text' }>;
      data.hooks = { ...data.hooks, beforeChange: [...(data.hooks?.beforeChange ?? []), refuseControlCharacters(lines)] };
    }
    if ('fields' in field && Array.isArray(field.fields)) applyToFields(field.fields);
    if (field.type === 'tabs') for (const tab of field.tabs) applyToFields(tab.fields);
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block !== 'string') applyToFields(block.fields);
  }
}

/**
 * Applied to the sanitized config, so the fields Payload and plugins add (an auth collection's e-mail, an upload's
 * file name) are covered too. Payload's own collections (jobs, preferences, migrations) are left as Payload writes them,
 * as is a collection marked `custom: { keepsControlCharacters: true }`: text the CMS copies from a program's output.
 */
export function withControlCharactersRefused(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (entity.slug.startsWith('payload-') || entity.custom?.keepsControlCharacters) continue;
    applyToFields(entity.fields);
  }
  return config;
}
