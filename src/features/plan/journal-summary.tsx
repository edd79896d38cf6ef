import { useEffect } from 'react';
import { Link } from 'react-router';
import { counted } from '../../i18n/plural.ts';
import { useJournal } from '../../stores/journal.ts';
import { words } from '../../i18n/words.ts';

/**
 * On the "keep evidence" step: how many acts the journal holds, and the way to it. The link is a
 * finger-sized target (`link-line`): until the journal answers, or when it is locked or cannot be
 * read, it stands alone, with no sentence around it.
 */
export function JournalSummary() {
  const open = useJournal((s) => s.open);
  const status = useJournal((s) => s.status);
  const count = useJournal((s) => s.entries.length);
  useEffect(() => {
    void open();
  }, [open]);
  return (
    <p
      className="journal-summary link-line"
      data-journal-count={status === 'ready' ? count : undefined}
    >
      {status === 'ready'
        ? count === 0
          ? words.journal.plan.empty
          : counted(words.journal.plan.count, count)
        : null}{' '}
      <Link to="/preuves">{words.journal.plan.open}</Link>
    </p>
  );
}
