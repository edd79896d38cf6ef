import { Link } from 'react-router';
import { documentsUi as u } from '../../content/fr/documents.ts';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';

/** What a document will take from the journal, or why it cannot read it now. */
export function JournalNotice() {
  const v = useVoice();
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  if (status === 'locked') {
    return (
      <Notice tone="warning">
        <p>{u.journalLocked}</p>
        <p>
          <Link to="/preuves">{u.journalToUnlock}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'error') {
    return (
      <Notice tone="warning">
        <p>{u.journalError}</p>
        <p>
          <Link to="/preuves">{u.journalLink}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'idle' || status === 'loading') return <p className="hint">{u.journalLoading}</p>;
  const files = entries.reduce((sum, e) => sum + e.attachments.length, 0);
  return (
    <p className="hint">
      {entries.length === 0
        ? v(u.journalEmpty)
        : fill(u.journalCount, {
            acts: counted(u.journalActs, entries.length),
            files: counted(u.journalFiles, files),
          })}{' '}
      <Link to="/preuves">{u.journalLink}</Link>
    </p>
  );
}
