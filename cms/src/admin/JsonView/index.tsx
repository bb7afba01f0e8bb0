'use client';
import type { JSONFieldClientComponent } from 'payload';
import { FieldDescription, useField, useTranslation } from '@payloadcms/ui';
import styles from './JsonView.module.css';

/**
 * A JSON field the admin only shows (the jobs queue's input, log and errors; the data-protection log's references),
 * as indented text. Payload's JSON field is a Monaco editor that @payloadcms/ui loads from cdn.jsdelivr.net (its
 * bundled loader cannot be pointed elsewhere), an outside request from every page that shows one.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path: pathFromProps }) => {
  const { path, value } = useField<unknown>({ potentiallyStalePath: pathFromProps });
  const { i18n } = useTranslation();
  const label =
    typeof field.label === 'string'
      ? field.label
      : field.label
        ? (field.label[i18n.language] ?? Object.values(field.label)[0])
        : field.name;
  const labelId = `${path.replace(/\./g, '__')}-label`;
  const text = value === undefined || value === null || value === '' ? '' : JSON.stringify(value, null, 2);
  return (
    <div className={`field-type ${styles.field}`}>
      <span className="field-label" id={labelId}>
        {String(label)}
      </span>
      {/* Focusable, so a keyboard can scroll a long value. */}
      <div className={styles.value} role="region" aria-labelledby={labelId} tabIndex={0}>
        <pre>{text || 'None'}</pre>
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  );
};
