import type { CollectionAfterErrorHook } from 'payload';

type FieldError = { path?: string; message?: string; label?: unknown };

/** Payload's wording for a required field left empty. */
const REQUIRED = 'This field is required.';

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * A refused save in words a person can act on: `opening`, then one sentence per problem. Payload's own message is
 * "The following fields are invalid: <label>, <label>", and the admin's toast splits that list at its commas, so the
 * safeguarding checkbox's label ("… (school, town, diagnosis) …") came out as three items of an "invalid (4)" list,
 * and a page's refused slug said only "The following field is invalid: Slug". Fields whose own messages already say
 * what to do (`ownWords`) are given in those words; any other field is named with its problem.
 */
export function refusalInSentences(
  errors: readonly FieldError[],
  { opening, ownWords }: { opening: string; ownWords: (path: string) => boolean },
): string {
  const items = errors.map((error) => {
    const message = error.message ?? '';
    if (error.path && ownWords(error.path)) return sentence(message);
    const label = typeof error.label === 'string' && error.label ? error.label : (error.path ?? 'A field');
    return message === REQUIRED ? `${label} is required.` : sentence(`${label} – ${message}`);
  });
  return [opening, ...items].join(' ');
}

/**
 * Rewrites the message of a validation refusal that involves a field with its own words (the field errors themselves
 * are untouched, so the admin still marks each field). REST only: the Local API and GraphQL keep Payload's error.
 */
export function explainRefusal(options: {
  opening: string;
  ownWords: (path: string) => boolean;
}): CollectionAfterErrorHook {
  return ({ result }) => {
    if (!result?.errors?.length) return;
    let changed = false;
    const errors = result.errors.map((entry) => {
      const fieldErrors = (entry.data as { errors?: FieldError[] } | undefined)?.errors;
      if (!Array.isArray(fieldErrors) || !fieldErrors.some((error) => error.path && options.ownWords(error.path)))
        return entry;
      changed = true;
      return { ...entry, message: refusalInSentences(fieldErrors, options) };
    });
    return changed ? { response: { ...result, errors } } : undefined;
  };
}
