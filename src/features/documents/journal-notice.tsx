import { Link } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';
import { words } from '../../i18n/words.ts';

/** What a document will take from the journal, or why it cannot read it now. */
export function JournalNotice() {
  const v = useVoice();
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  if (status === 'locked') {
    return (
      <Notice tone="warning">
        <p>{words.documents.ui.journalLocked}</p>
        <p>
          <Link to="/preuves">{words.documents.ui.journalToUnlock}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'error') {
    return (
      <Notice tone="warning">
        <p>{words.documents.ui.journalError}</p>
        <p>
          <Link to="/preuves">{words.documents.ui.journalLink}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'idle' || status === 'loading')
    return <p className="hint">{words.documents.ui.journalLoading}</p>;
  const files = entries.reduce((sum, e) => sum + e.attachments.length, 0);
  return (
    <p className="hint">
      {entries.length === 0
        ? v(words.documents.ui.journalEmpty)
        : fill(words.documents.ui.journalCount, {
            acts: counted(words.documents.ui.journalActs, entries.length),
            files: counted(words.documents.ui.journalFiles, files),
          })}{' '}
      <Link to="/preuves">{words.documents.ui.journalLink}</Link>
    </p>
  );
}
