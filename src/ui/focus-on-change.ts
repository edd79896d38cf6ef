import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus each time `shown` changes to something to show (not null,
 * false or undefined): a message that replaces the button just pressed, so focus is not lost.
 */
export function useFocusOnChange<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown !== null && shown !== false && shown !== undefined) ref.current?.focus();
  }, [shown]);
  return ref;
}
