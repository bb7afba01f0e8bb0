import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A step's heading. After the carer moves between steps it takes focus, so keyboard and screen-reader users land on
 * the new question; on first load it does not, because the checker sits mid-page and must not steal focus.
 */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 className="step__heading" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
