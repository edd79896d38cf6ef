import type { ReactNode } from 'react';

interface Props {
  readonly href: string;
  readonly children: ReactNode;
  /** Said to screen readers and shown: the link opens a new tab. */
  readonly newTabLabel: string;
  readonly className?: string;
}

/** A link to an official page, opened in a new tab so the plan stays where it was. */
export function ExternalLink({ href, children, newTabLabel, className }: Props) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> ({newTabLabel})</span>
    </a>
  );
}
