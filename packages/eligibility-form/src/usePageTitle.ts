import { useEffect } from 'react';
import { useWording } from './FormLanguage.ts';

/** GOV.UK pattern: prefix the page title with "Error: " while a step shows errors, so it is announced on load. */
export function useErrorInPageTitle(hasErrors: boolean) {
  const prefix = `${useWording().say.errorPrefix} `;
  useEffect(() => {
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? `${prefix}${base}` : base;
  }, [hasErrors, prefix]);
}
