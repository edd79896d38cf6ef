import type { RefObject } from 'react';
import { useEffect, useEffectEvent } from 'react';
import { useLocation } from 'react-router';

/** The history entry the document was opened on, and whether the user has moved since. */
let openedOn: string | undefined;
let moved = false;

/**
 * Focuses `element` where the person can see it, clear of the sticky "Quitter vite" bar: when it
 * sits in the first screen of the page, the page opens at its top (back link and progress shown
 * too); further down, it is scrolled to the top of the screen, below the bar (the root's
 * `scroll-padding-top`). Focusing alone would leave it wherever the last page was scrolled to,
 * possibly under the bar.
 */
export function focusInView(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  const bottom = element.getBoundingClientRect().bottom + window.scrollY;
  if (bottom <= window.innerHeight * 0.8) {
    if (window.scrollY !== 0) window.scrollTo(0, 0);
  } else {
    element.scrollIntoView({ block: 'start' });
  }
}

/**
 * Focuses `ref` (see `focusInView`) when its page appears after a move inside Balise (a link, a form, Back), so that
 * a screen reader announces the new page and Tab continues from there. On the page the browser
 * opened, focus is left at the top of the document, where the first Tab reaches "Quitter vite".
 * Only arriving moves focus: `enabled` changing later on the same page (a step marked done)
 * leaves it where the user is.
 */
export function useArrivalFocus(ref: RefObject<HTMLElement | null>, enabled = true): void {
  const { key } = useLocation();
  const focus = useEffectEvent(() => {
    if (enabled && ref.current !== null) focusInView(ref.current);
  });
  useEffect(() => {
    openedOn ??= key;
    if (key !== openedOn) moved = true;
    if (moved) focus();
  }, [key]);
}
