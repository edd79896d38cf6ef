import { useEffect, useRef, useState } from 'react';
import { journalText as t } from '../../content/fr/journal.ts';
import { useVoice } from '../../i18n/context.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';
import { forgetExportFile } from '../../lib/journal/export-disk.ts';

/** "Tout effacer", after confirmation. */
export function WipePanel() {
  const v = useVoice();
  const clear = useJournal((s) => s.clear);
  const [done, setDone] = useState(false);
  // The confirm button disappears once pressed: focus goes to what happened instead.
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  return (
    <section aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t.wipe.title}</h2>
      <p>{t.wipe.text}</p>
      {done ? (
        <Notice tone="success" role="status">
          <p tabIndex={-1} ref={doneRef}>
            {t.wipe.done}
          </p>
        </Notice>
      ) : null}
      <ConfirmAction
        label={t.wipe.button}
        question={v(t.wipe.confirm)}
        confirmLabel={t.wipe.yes}
        cancelLabel={t.entry.cancel}
        onConfirm={() => {
          setDone(false);
          void forgetExportFile();
          void clear().then(setDone);
        }}
      />
    </section>
  );
}
