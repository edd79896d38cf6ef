import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeading } from '../../ui/page-heading.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { words } from '../../i18n/words.ts';

/** "Mots expliqués": every legal term, in plain words; `#id` scrolls to and focuses one. */
export function GlossaryPage() {
  const { hash } = useLocation();
  const target = decodeURIComponent(hash.slice(1));
  const entries = Object.entries(words.plan.glossary).sort(([, a], [, b]) =>
    a.term.localeCompare(b.term, 'fr'),
  );
  useEffect(() => {
    if (target === '') return;
    document.getElementById(target)?.focus();
  }, [target]);
  return (
    <>
      <PageHeading focus={target === ''}>{words.screens.glossary.title}</PageHeading>
      <p className="lead">{words.screens.glossary.lead}</p>
      <dl className="glossary">
        {entries.map(([id, entry]) => (
          <div
            key={id}
            className={
              id === target ? 'glossary__entry glossary__entry--target' : 'glossary__entry'
            }
          >
            <dt id={id} tabIndex={-1}>
              {entry.term}
            </dt>
            <dd>
              <RichText text={entry.definition} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
