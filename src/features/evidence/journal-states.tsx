import { Link } from 'react-router';
import { journalText as t } from '../../content/fr/journal.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useJournal } from '../../stores/journal.ts';
import { UnlockForm } from './lock-panel.tsx';

/** The journal is opening, or locked: say so, offer to unlock, and the way back. */
export function JournalWaiting() {
  const status = useJournal((s) => s.status);
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {status === 'locked' ? <UnlockForm /> : null}
      <p>
        <Link to="/preuves">{t.entry.back}</Link>
      </p>
    </>
  );
}

/** A link to an act that does not exist (any more): the rest of the journal is intact. */
export function EntryNotFound() {
  return (
    <>
      <PageHeading>{t.entry.notFoundTitle}</PageHeading>
      <p>{t.entry.notFoundText}</p>
      <p>
        <Link className="button" to="/preuves">
          {t.entry.back}
        </Link>
      </p>
    </>
  );
}
