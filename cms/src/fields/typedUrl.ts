import { ValidationError, type FieldHook, type TextField } from 'payload';
import { trimTypedUrl, typedUrlProblem } from '@bfp/links';
import { readCmsEnv } from '../env.ts';

let localhostAllowed: boolean | undefined;
/** http://localhost… links work only on the machine that made them: a developer's or a test's, never production. */
export const localhostLinksAllowed = (): boolean => (localhostAllowed ??= readCmsEnv().runtime !== 'production');

/**
 * Payload skips a field's `validate` when its admin condition is false (an online link kept on an in-person event)
 * and on every draft save, yet stores the value all the same. A beforeChange hook runs in both cases, so it refuses
 * the same problem there, as the same 400 a failed validation gives. `validate` stays for the admin's inline errors.
 */
export function refusing(problem: (value: unknown) => string | null, label: string) {
  const refuse: FieldHook = ({ value, path, collection, global, req }) => {
    const message = problem(value);
    if (message)
      throw new ValidationError(
        { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), label, message }], req },
        req.t,
      );
    return value;
  };
  return { validate: (value: unknown) => problem(value) ?? (true as const), refuse };
}

// A pasted address often brings a space or line break with it; the stored value should be what was checked.
const trimmed: FieldHook = ({ value }) => (typeof value === 'string' ? trimTypedUrl(value) : value);

/**
 * A text field holding a URL a person types: https:// only (and http://localhost… outside production), refused
 * otherwise with a message naming the field (the rule is @bfp/links', shared with site-kit, which renders no other).
 */
export function typedUrlField({
  name,
  label,
  hooks,
  ...rest
}: { name: string; label: string; hooks?: { beforeValidate?: FieldHook[] } } & Pick<
  TextField,
  'admin' | 'access' | 'localized'
>): TextField {
  const { validate, refuse } = refusing(
    (value) => typedUrlProblem(value, { label, allowLocalhost: localhostLinksAllowed() }),
    label,
  );
  return {
    ...rest,
    name,
    label,
    type: 'text',
    validate,
    hooks: { beforeValidate: [trimmed, ...(hooks?.beforeValidate ?? [])], beforeChange: [refuse] },
  };
}
