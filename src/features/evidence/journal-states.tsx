import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useJournal } from '../../stores/journal.ts';
import { UnlockForm } from './lock-panel.tsx';
import { words } from '../../i18n/words.ts';

/** The journal is opening, or locked: say so, offer to unlock, and the way back. */
export function JournalWaiting() {
  const status = useJournal((s) => s.status);
  return (
    <>
      <PageHeading>{words.journal.title}</PageHeading>
      {status === 'locked' ? <UnlockForm /> : null}
      <p>
        <Link to="/preuves">{words.journal.entry.back}</Link>
      </p>
    </>
  );
}

/** A link to an act that does not exist (any more): the rest of the journal is intact. */
export function EntryNotFound() {
  return (
    <>
      <PageHeading>{words.journal.entry.notFoundTitle}</PageHeading>
      <p>{words.journal.entry.notFoundText}</p>
      <p>
        <Link className="button" to="/preuves">
          {words.journal.entry.back}
        </Link>
      </p>
    </>
  );
}
