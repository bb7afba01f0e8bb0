import { useEffect, useRef } from 'react';
import type { ErrorItem } from './types.ts';
import { useWording } from './FormLanguage.ts';

/**
 * GOV.UK error summary: titled "There is a problem", takes focus when it appears so screen readers announce it, and
 * links each message to its field (the same words as the inline message).
 */
export function ErrorSummary({ errors, focusKey }: { errors: ErrorItem[]; focusKey: string | number }) {
  const ref = useRef<HTMLDivElement>(null);
  const { say } = useWording();
  // Focus follows each failed attempt (focusKey changes), not each re-render, or typing in a field would lose focus.
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {say.problem}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // Focus the field itself: following the fragment alone scrolls but leaves focus on the link.
                event.preventDefault();
                const field = document.getElementById(error.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const { say } = useWording();
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{say.errorPrefix}</span> {message}
    </p>
  );
}
