import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ui } from '../../content/fr/ui.ts';
import { useVoice } from '../../i18n/context.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import { eraseEverything } from '../../stores/erase.ts';
import type { EraseResult } from '../../stores/journal.ts';

/** Where the neutral "séance terminée" screen lives. */
export const ENDED_PATH = '/seance-terminee';

type Failure = Extract<EraseResult, { ok: false }>;

/**
 * Says exactly what "Tout effacer" erases, asks, erases all of it, then shows the neutral
 * "séance terminée" screen (replacing this page in the history). When the journal cannot be
 * erased, the rest is, and the reason is said in words with what to do.
 */
export function EraseEverything() {
  const v = useVoice();
  const navigate = useNavigate();
  const [state, setState] = useState<'idle' | 'erasing' | Failure>('idle');
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
      </ul>
      <p>{v(ui.session.erasesNot)}</p>
      {state === 'erasing' ? (
        <p role="status" tabIndex={-1} ref={messageRef}>
          {ui.session.erasing}
        </p>
      ) : null}
      {typeof state === 'object' ? (
        <Notice tone="danger" role="alert">
          <p tabIndex={-1} ref={messageRef}>
            {v(ui.session.problem[state.problem])}
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
            void eraseEverything().then((result) => {
              if (result.ok) void navigate(ENDED_PATH, { replace: true });
              else setState(result);
            });
          }}
        />
      )}
    </>
  );
}
