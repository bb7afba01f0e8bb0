import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type FieldHook,
  type SanitizedConfig,
} from 'payload';
import { controlCharacterMessage, hasControlCharacter, type TextLines } from '@bfp/eligibility';

/**
 * Every field a person types into refuses control characters (the rule and its words are @bfp/eligibility's, the
 * same the carer's form uses): PostgreSQL cannot store a NUL, so one pasted into a story's title failed the save with a
 * message nobody could act on, and SQLite kept it. Single-line fields refuse tabs and line breaks too; multi-line ones
 * (textareas, code, JSON, rich text, whose Lexical state holds a tab as a text "\t") keep those.
 */
const LINES: Partial<Record<Field['type'], TextLines>> = {
  text: 'single',
  email: 'single',
  textarea: 'multi',
  code: 'multi',
  json: 'multi',
  richText: 'multi',
};

/** Every string in a value, keys of JSON objects included: rich text and JSON fields carry text anywhere in a tree. */
function containsControlCharacter(value: unknown, lines: TextLines): boolean {
  if (typeof value === 'string') return hasControlCharacter(value, lines);
  if (Array.isArray(value)) return value.some((item) => containsControlCharacter(item, lines));
  if (value && typeof value === 'object')
    return Object.entries(value).some(
      ([key, item]) => hasControlCharacter(key, lines) || containsControlCharacter(item, lines),
    );
  return false;
}

function refuseControlCharacters(lines: TextLines): FieldHook {
  return ({ value, field, path, collection, global, req }) => {
    if (!containsControlCharacter(value, lines)) return value;
    const at = (path ?? []).join('.');
    const label = 'label' in field && typeof field.label === 'string' ? field.label : at;
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        errors: [{ path: at, label, message: controlCharacterMessage(label, lines) }],
      },
      req.t,
    );
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
      data.hooks = {
        ...data.hooks,
        beforeChange: [...(data.hooks?.beforeChange ?? []), refuseControlCharacters(lines)],
      };
    }
    if ('fields' in field && Array.isArray(field.fields)) applyToFields(field.fields);
    if (field.type === 'tabs') for (const tab of field.tabs) applyToFields(tab.fields);
    if (field.type === 'blocks')
      for (const block of field.blocks) if (typeof block !== 'string') applyToFields(block.fields);
  }
}

/**
 * What a query names (its filter, the id in the address, its sort) is refused with a 400 when it holds a control
 * character: an anonymous `GET /api/partners?where[name][equals]=a%00b` or `/api/partners/%00` reached PostgreSQL,
 * which cannot take a NUL, and came back 500 "Something went wrong", over REST and GraphQL alike. Line breaks and tabs
 * pass, as in multi-line text: a filter may look for them.
 */
const QUERY_PARTS = ['where', 'id', 'sort'] as const;

export const refuseControlCharactersInQueries: CollectionBeforeOperationHook = ({ args }) => {
  const query = args as Partial<Record<(typeof QUERY_PARTS)[number], unknown>>;
  // Numeric ids (SQLite, PostgreSQL): Payload turns `/api/partners/%00` or `/api/partners/abc` into NaN, which the
  // database driver refuses with a 500. No document has such an id.
  if (typeof query.id === 'number' && !Number.isFinite(query.id))
    throw new APIError('There is no document with that id.', 404, { part: 'id' }, true);
  const part = QUERY_PARTS.find((name) => containsControlCharacter(query[name], 'multi'));
  if (part) {
    // With data and public: an APIError without data reaches the client as "An unknown error occurred." in the build.
    throw new APIError(
      `The request's ${part} contains a hidden control character (such as NUL), which no record can hold. Remove it, then try again.`,
      400,
      { part },
      true,
    );
  }
  return args;
};

/**
 * Applied to the sanitized config (queries of every collection, Payload's own included), so the fields Payload and plugins add (an auth collection's e-mail, an upload's
 * file name) are covered too. Payload's own collections (jobs, preferences, migrations) are left as Payload writes them,
 * as is a collection marked `custom: { keepsControlCharacters: true }`: text the CMS copies from a program's output.
 */
export function withControlCharactersRefused(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseControlCharactersInQueries, ...(collection.hooks.beforeOperation ?? [])];
  }
  for (const entity of [...config.collections, ...config.globals]) {
    if (entity.slug.startsWith('payload-') || entity.custom?.keepsControlCharacters) continue;
    applyToFields(entity.fields);
  }
  return config;
}
