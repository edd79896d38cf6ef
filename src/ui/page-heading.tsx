import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useArrivalFocus } from './arrival-focus.ts';

interface Props {
  readonly children: ReactNode;
  /** Move focus to this heading when the page appears after a move in the app (default). */
  readonly focus?: boolean;
  readonly id?: string;
}

/**
 * A page's one `h1`. It takes the focus when the page appears after a move in the app, so that a
 * screen reader announces the new page and Tab continues from there. It never names the tab: the
 * title stays "Balise" (index.html) on every page, because titles stay in the browser's history
 * and tab list, where "Lettre de plainte" would tell whoever looks what the person was doing.
 */
export function PageHeading({ children, focus = true, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(ref, focus);
  return (
    <h1 ref={ref} tabIndex={-1} id={id}>
      {children}
    </h1>
  );
}
