import type { Voiced } from '../../content/types.ts';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';
import type { JournalProblem } from '../../lib/journal/db.ts';
import type { EntryProblem } from './entry-draft.ts';
import { words } from '../../i18n/words.ts';

/** The words for a problem, in the reader's voice. */
export const messageOf = (problem: JournalProblem): Voiced => {
  switch (problem) {
    case 'wrong-passphrase':
      return words.journal.lock.wrong;
    case 'full':
      return words.journal.storage.full;
    case 'unavailable':
    case 'blocked':
      return words.journal.storage.memory;
    default:
      return words.journal.storage.failed;
  }
};

/** The words for what the entry form says is wrong. */
export const entryProblemText = (problem: EntryProblem): Voiced => {
  switch (problem) {
    case 'occurred-at':
      return words.journal.entry.errorOccurredAt;
    case 'kinds':
      return words.journal.entry.errorKinds;
    case 'confirm-no-intimate-image':
      return words.journal.entry.errorConfirmNoIntimateImage;
    case 'save-failed':
      return words.journal.entry.errorSaveFailed;
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
          {words.journal.dismiss}
        </button>
      </p>
    </Notice>
  );
}
