'use client';
import type { UIFieldClientComponent } from 'payload';
import { useFormFields, useFormSubmitted } from '@payloadcms/ui';
import styles from './SafeguardingProblems.module.css';

/**
 * At the top of a story's safeguarding record, after a refused publish: what is missing, one sentence per item, in
 * full and for as long as it is missing (the toast goes away, and a field's own error is a one-line tooltip). The
 * sentences are the safeguarding checks' own messages, sent back by the server with the refusal.
 */
export const SafeguardingProblems: UIFieldClientComponent = ({ path }) => {
  const group = path.slice(0, path.lastIndexOf('.') + 1);
  const submitted = useFormSubmitted();
  // A string, so the component renders again only when the messages change.
  const joined = useFormFields(([fields]) =>
    Object.entries(fields)
      .filter(([fieldPath, field]) => fieldPath.startsWith(group) && field.valid === false && field.errorMessage)
      .map(([, field]) => field.errorMessage)
      .join('\n'),
  );
  const messages = joined ? joined.split('\n') : [];
  // The live region is always there, so a screen reader announces the messages when they appear.
  const id = `${group.replace(/\./g, '__')}problems`;
  if (!submitted || !messages.length) return <div id={id} role="status" />;
  return (
    <div id={id} role="status" className={styles.summary}>
      <p className={styles.title}>This story cannot be published until its safeguarding record is complete:</p>
      <ul className={styles.list}>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
};
