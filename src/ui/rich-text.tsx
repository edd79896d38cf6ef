import { Fragment } from 'react';
import { Link } from 'react-router';
import { textParts } from '../lib/markup.ts';

interface Props {
  readonly text: string;
  /** Where a term links to; the glossary by default. */
  readonly termHref?: (id: string) => string;
}

const glossary = (id: string) => `/glossaire#${id}`;

/**
 * Renders content text; `[[id|words]]` terms become links, `[[lang:fr|words]]` carry their language.
 * Never renders HTML from content.
 */
export function RichText({ text, termHref = glossary }: Props) {
  return (
    <>
      {textParts(text).map((part, index) => (
        <Fragment key={index}>
          {part.kind === 'text' ? (
            part.text
          ) : part.kind === 'lang' ? (
            <span lang={part.lang}>{part.text}</span>
          ) : (
            <Link className="term" to={termHref(part.id)}>
              {part.text}
            </Link>
          )}
        </Fragment>
      ))}
    </>
  );
}
