import { useEffect, useRef, useState } from 'react';
import { useVoice } from '../../i18n/context.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import type { EraseResult } from '../../stores/journal.ts';
import { useJournal } from '../../stores/journal.ts';
import { words } from '../../i18n/words.ts';

/**
 * "Effacer tout le journal", after confirmation: every act, its files, the lock and the database
 * itself go, also when the journal is locked (a forgotten passphrase). Says why when it cannot.
 */
export function WipePanel() {
  const v = useVoice();
  const erase = useJournal((s) => s.erase);
  const [result, setResult] = useState<EraseResult | null>(null);
  // The confirm button disappears once pressed: focus goes to what happened instead.
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result) doneRef.current?.focus();
  }, [result]);
  return (
    <section aria-labelledby="wipe-title">
      <h2 id="wipe-title">{words.journal.wipe.title}</h2>
      <p>{words.journal.wipe.text}</p>
      {result?.ok === true ? (
        <Notice tone="success" role="status">
          <p tabIndex={-1} ref={doneRef}>
            {words.journal.wipe.done}
          </p>
        </Notice>
      ) : null}
      {result?.ok === true ? <p>{v(words.journal.wipe.diskTraces)}</p> : null}
      {result?.ok === false ? (
        <Notice tone="danger" role="alert">
          <p tabIndex={-1} ref={doneRef}>
            {v(words.journal.wipe.problem[result.problem])}
          </p>
        </Notice>
      ) : null}
      <ConfirmAction
        label={words.journal.wipe.button}
        question={v(words.journal.wipe.confirm)}
        confirmLabel={words.journal.wipe.yes}
        cancelLabel={words.journal.entry.cancel}
        onConfirm={() => {
          setResult(null);
          void erase().then(setResult);
        }}
      />
    </section>
  );
}
