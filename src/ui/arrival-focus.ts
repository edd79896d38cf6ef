import type { RefObject } from 'react';
import { useEffect, useEffectEvent } from 'react';
import { useLocation } from 'react-router';

/** The history entry the document was opened on, and whether the user has moved since. */
let openedOn: string | undefined;
let moved = false;

/**
 * Focuses `ref` when its page appears after a move inside Balise (a link, a form, Back), so that
 * a screen reader announces the new page and Tab continues from there. On the page the browser
 * opened, focus is left at the top of the document, where the first Tab reaches "Quitter vite".
 * Only arriving moves focus: `enabled` changing later on the same page (a step marked done)
 * leaves it where the user is.
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, enabled = true): void {
  const { key } = useLocation();
  const focus = useEffectEvent(() => {
    if (enabled) ref.current?.focus();
  });
  useEffect(() => {
    openedOn ??= key;
    if (key !== openedOn) moved = true;
    if (moved) focus();
  }, [key]);
}
