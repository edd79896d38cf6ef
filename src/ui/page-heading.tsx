import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useArrivalFocus } from './arrival-focus.ts';

interface Props {
  readonly children: ReactNode;
  /** The document title (the tab's name), without the app name. */
  readonly title: string;
  /** Move focus to this heading when the page appears after a move in the app (default). */
  readonly focus?: boolean;
  readonly id?: string;
}

/**
 * A page's one `h1`. It names the tab and takes the focus when the page appears after a move in
 * the app, so that a screen reader announces the new page and Tab continues from there.
 */
export function PageHeading({ children, title, focus = true, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Balise`;
  }, [title]);
  useArrivalFocus(ref, focus);
  return (
    <h1 ref={ref} tabIndex={-1} id={id}>
      {children}
    </h1>
  );
}
