import { useEffect, useRef, useState } from 'react';
import { journalText as t } from '../../content/fr/journal.ts';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';

/** "Tout effacer", after confirmation. */
export function WipePanel() {
  const clear = useJournal((s) => s.clear);
  const [confirming, setConfirming] = useState(false);
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
      {confirming ? (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="wipe-confirm">
          <p id="wipe-confirm">{t.wipe.confirm}</p>
          <p className="actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                void clear().then((ok) => {
                  setConfirming(false);
                  setDone(ok);
                });
              }}
            >
              {t.wipe.yes}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t.entry.cancel}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {t.wipe.button}
          </button>
        </p>
      )}
    </section>
  );
}
