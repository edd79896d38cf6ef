import type { ReactNode } from 'react';

interface Props {
  readonly tone: 'info' | 'warning' | 'danger' | 'success';
  readonly title?: string;
  readonly children: ReactNode;
  /** `alert` interrupts a screen reader; use it only for something the user just caused. */
  readonly role?: 'status' | 'alert' | 'note';
  readonly headingLevel?: 2 | 3;
}

/** A framed message. The tone is said in words by the caller, never by colour alone. */
export function Notice({ tone, title, children, role = 'note', headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {title === undefined ? null : <Heading className="notice__title">{title}</Heading>}
      {children}
    </div>
  );
}
