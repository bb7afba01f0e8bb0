import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * 2 while the checker's own heading (h1) is on the page, which is on the first step only; 1 on every other step, where
 * the step's heading is the page's main heading (GOV.UK: one thing per page, the question as its heading).
 */
export const StepHeadingLevel = createContext<1 | 2>(2);

/**
 * A step's heading. After the carer moves between steps it takes focus, so keyboard and screen-reader users land on
 * the new question; on first load it does not, because the checker sits mid-page and must not steal focus.
 */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const level = useContext(StepHeadingLevel);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag className="step__heading" tabIndex={-1} ref={ref}>
      {children}
    </Tag>
  );
}
