import { journalText as t } from '../../content/fr/journal.ts';
import type { Voiced } from '../../content/types.ts';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';
import type { JournalProblem } from '../../lib/journal/db.ts';
import type { EntryProblem } from './entry-draft.ts';

/** The words for a problem, in the reader's voice. */
export const messageOf = (problem: JournalProblem): Voiced => {
  switch (problem) {
    case 'wrong-passphrase':
      return t.lock.wrong;
    case 'full':
      return t.storage.full;
    case 'unavailable':
    case 'blocked':
      return t.storage.memory;
    default:
      return t.storage.failed;
  }
};

/** The words for what the entry form says is wrong. */
export const entryProblemText = (problem: EntryProblem): Voiced => {
  switch (problem) {
    case 'occurred-at':
      return t.entry.errorOccurredAt;
    case 'kinds':
      return t.entry.errorKinds;
    case 'confirm-no-intimate-image':
      return t.entry.errorConfirmNoIntimateImage;
    case 'save-failed':
      return t.entry.errorSaveFailed;
    default:
      return messageOf(problem);
  }
};

/** Says what the journal store's last action could not do (lock, unlock, wipe, import), with a way to dismiss it. */
export function JournalProblemNotice() {
  const v = useVoice();
  const problem = useJournal((s) => s.problem);
  const dismiss = useJournal((s) => s.dismissProblem);
  if (problem === null) return null;
  return (
    <Notice tone="warning" role="alert">
      <p>{v(messageOf(problem))}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t.dismiss}
        </button>
      </p>
    </Notice>
  );
}
