import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { offline } from '../../content/fr/offline.ts';
import { ui } from '../../content/fr/ui.ts';
import { useVoice } from '../../i18n/context.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import { hasOfflineCopy } from '../../lib/offline.ts';
import { eraseEverything } from '../../stores/erase.ts';
import { ENDED_PATH } from '../../stores/session.ts';
import type { EraseResult } from '../../stores/journal.ts';

type Failure = Extract<EraseResult, { ok: false }> | 'offline-copy-kept';

/** Whether this browser keeps an offline copy of Balise (false until it has answered). */
export function useOfflineCopyHere(): boolean {
  const [here, setHere] = useState(false);
  useEffect(() => {
    let current = true;
    void hasOfflineCopy().then((answer) => {
      if (current) setHere(answer);
    });
    return () => {
      current = false;
    };
  }, []);
  return here;
}

/**
 * Says exactly what "Tout effacer" erases, asks, erases all of it, then shows the neutral
 * "séance terminée" screen (replacing this page in the history). When the journal cannot be
 * erased, the rest is, and the reason is said in words with what to do. Where the browser keeps
 * an offline copy of the app, the person may choose to remove it too.
 */
export function EraseEverything() {
  const v = useVoice();
  const navigate = useNavigate();
  const [state, setState] = useState<'idle' | 'erasing' | Failure>('idle');
  const offlineCopyHere = useOfflineCopyHere();
  const [offlineCopy, setOfflineCopy] = useState(false);
  // The confirm button disappears once pressed: focus goes to what happened instead.
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state !== 'idle') messageRef.current?.focus();
  }, [state]);

  return (
    <>
      <p>{ui.session.erasesLead}</p>
      <ul>
        {ui.session.erases.map((what) => (
          <li key={what}>{what}</li>
        ))}
        {offlineCopy ? <li>{offline.erase.offlineCopyItem}</li> : null}
      </ul>
      <p>{v(ui.session.erasesNot)}</p>
      {offlineCopyHere && state !== 'erasing' ? (
        <p className="field field--check">
          <input
            type="checkbox"
            id="erase-offline-copy"
            aria-describedby="erase-offline-copy-hint"
            checked={offlineCopy}
            onChange={(event) => {
              setOfflineCopy(event.target.checked);
            }}
          />
          <label htmlFor="erase-offline-copy">{offline.erase.alsoOfflineCopy}</label>
          <span id="erase-offline-copy-hint" className="hint">
            {offline.erase.offlineCopyHint}
          </span>
        </p>
      ) : null}
      {state === 'erasing' ? (
        <p role="status" tabIndex={-1} ref={messageRef}>
          {ui.session.erasing}
        </p>
      ) : null}
      {typeof state === 'object' || state === 'offline-copy-kept' ? (
        <Notice tone="danger" role="alert">
          <p tabIndex={-1} ref={messageRef}>
            {state === 'offline-copy-kept'
              ? v(offline.erase.offlineCopyFailed)
              : v(ui.session.problem[state.problem])}
          </p>
        </Notice>
      ) : null}
      {state === 'erasing' ? null : (
        <ConfirmAction
          label={ui.session.erase}
          question={ui.session.eraseConfirm}
          confirmLabel={ui.session.eraseYes}
          cancelLabel={ui.session.cancel}
          triggerClassName="button button--danger"
          onConfirm={() => {
            setState('erasing');
            void eraseEverything({ offlineCopy }).then((result) => {
              if (!result.ok) setState(result);
              else if (result.offlineCopyKept) setState('offline-copy-kept');
              else void navigate(ENDED_PATH, { replace: true });
            });
          }}
        />
      )}
    </>
  );
}
