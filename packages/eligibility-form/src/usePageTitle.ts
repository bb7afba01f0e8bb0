import { useEffect } from 'react';

/** GOV.UK pattern: prefix the page title with "Error: " while a step shows errors, so it is announced on load. */
export function useErrorInPageTitle(hasErrors: boolean) {
  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${base}` : base;
  }, [hasErrors]);
}
