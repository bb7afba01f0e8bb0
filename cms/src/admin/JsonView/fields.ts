import type { Field } from 'payload';

const JSON_VIEW = '/admin/JsonView/index.tsx#JsonView';

/**
 * The same fields with every JSON field shown as text instead of Payload's CDN-loaded editor (see index.tsx). For
 * collections nobody edits in the admin: the view has no way to change the value.
 */
export function jsonFieldsAsText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'json' && !field.admin?.components?.Field) {
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_VIEW } } };
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: jsonFieldsAsText(tab.fields) })) };
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: jsonFieldsAsText(field.fields) } as Field;
    return field;
  });
}
