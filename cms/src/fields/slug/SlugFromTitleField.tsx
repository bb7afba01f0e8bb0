'use client';
import { useEffect, useRef, type ChangeEvent } from 'react';
import type { TextFieldClientComponent } from 'payload';
import { TextInput, useField, useFormFields } from '@payloadcms/ui';
import { slugFromTitle } from './rule.ts';

/**
 * The slug, filled in from the title as it is typed while the document (a story, a page) has no slug of its own: when
 * new, or saved without a slug. Typing in the slug stops that; emptying it starts it again at the next change of the
 * title. A document that has a slug keeps it whatever the title becomes (its address on every site). The server fills
 * an empty slug the same way (fillSlugFromTitle.ts), numbering it when another document has it.
 */
export const SlugFromTitleField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { path, value, setValue, showError, disabled, initialValue } = useField<string>({
    potentiallyStalePath: pathFromProps,
  });
  const title = useFormFields(([fields]) => fields.title?.value);
  const followsTitle = useRef(!initialValue);

  useEffect(() => {
    if (!followsTitle.current) return;
    const derived = slugFromTitle(title);
    // Not a change of its own: typing the title already marked the form as changed.
    if (derived !== (value ?? '')) setValue(derived, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the title drives it
  }, [title]);

  return (
    <TextInput
      className="slug-from-title-field"
      path={path}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      readOnly={readOnly || disabled}
      value={value ?? ''}
      showError={showError}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        followsTitle.current = event.target.value === '';
        setValue(event.target.value);
      }}
    />
  );
};
