import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { CheckField } from '../../ui/check-field.tsx';
import { useFocusOnChange } from '../../ui/focus-on-change.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { Notice } from '../../ui/notice.tsx';
import { hasOfflineCopy } from '../../lib/offline-copy.ts';
import { useInSession } from '../../stores/answers.ts';
import { eraseEverything } from '../../stores/erase.ts';
import { ENDED_PATH } from '../../stores/session.ts';
import type { EraseResult } from '../../stores/journal.ts';
import { words } from '../../i18n/words.ts';

/** What could not be erased: the journal (and why), or the words.offline copy. */
export type EraseFailure = Extract<EraseResult, { ok: false }> | 'offline-copy-kept';

/** Where an erase stands, for `EraseProgress`. */
export type EraseState = 'idle' | 'erasing' | EraseFailure;

/** What the browser answers to `probe`, asked once on arrival (null until it has answered). */
export function useBrowserAnswer<T>(probe: () => Promise<T>): T | null {
  const [answer, setAnswer] = useState<T | null>(null);
  useEffect(() => {
    let current = true;
    void probe().then((value) => {
      if (current) setAnswer(() => value);
    });
    return () => {
      current = false;
    };
  }, [probe]);
  return answer;
}

/** Whether this browser keeps an words.offline copy of Balise (false until it has answered). */
export function useOfflineCopyHere(): boolean {
  return useBrowserAnswer(hasOfflineCopy) ?? false;
}

/**
 * Says exactly what "Tout effacer" erases, asks, erases all of it, then shows the neutral
 * "séance terminée" screen (replacing this page in the history). When the journal cannot be
 * erased, the rest is, and the reason is said in words with what to do. Where the browser keeps
 * an words.offline copy of the app, the person may choose to remove it too.
 */
export function EraseEverything() {
  const v = useVoice();
  const navigate = useNavigate();
  const [state, setState] = useState<EraseState>('idle');
  const offlineCopyHere = useOfflineCopyHere();
  const [offlineCopy, setOfflineCopy] = useState(false);
  const inSession = useInSession();

  if (inSession) {
    // During a séance, its own end erases it; what was here before is not to go unasked.
    return (
      <p>
        {words.sharedSession.eraseInSession} <Link to="/terminer">{words.ui.session.end}</Link>
      </p>
    );
  }
  return (
    <>
      <p>{words.ui.session.erasesLead}</p>
      <ul>
        {words.ui.session.erases.map((what) => (
          <li key={what}>{what}</li>
        ))}
        {offlineCopy ? <li>{words.offline.erase.offlineCopyItem}</li> : null}
      </ul>
      <p>{v(words.ui.session.erasesNot)}</p>
      {offlineCopyHere && state !== 'erasing' ? (
        <OfflineCopyChoice
          id="erase-offline-copy"
          checked={offlineCopy}
          onChange={setOfflineCopy}
        />
      ) : null}
      <EraseProgress state={state} erasing={words.ui.session.erasing} />
      {state === 'erasing' ? null : (
        <ConfirmAction
          label={words.ui.session.erase}
          question={words.ui.session.eraseConfirm}
          confirmLabel={words.ui.session.eraseYes}
          cancelLabel={words.ui.session.cancel}
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

/**
 * "Effacement en cours…", then what could not be erased, in words with what to do. Takes the
 * focus: the confirm button it follows disappears once pressed.
 */
export function EraseProgress({ state, erasing }: { state: EraseState; erasing: string }) {
  const v = useVoice();
  const messageRef = useFocusOnChange<HTMLParagraphElement>(state === 'idle' ? null : state);
  if (state === 'idle') return null;
  if (state === 'erasing') {
    return (
      <p role="status" tabIndex={-1} ref={messageRef}>
        {erasing}
      </p>
    );
  }
  return (
    <Notice tone="danger" role="alert">
      <p tabIndex={-1} ref={messageRef}>
        {state === 'offline-copy-kept'
          ? v(words.offline.erase.offlineCopyFailed)
          : v(words.ui.session.problem[state.problem])}
      </p>
    </Notice>
  );
}

/** "Effacer aussi la copie hors ligne", shown where the browser keeps one. */
export function OfflineCopyChoice(props: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <CheckField
      {...props}
      label={words.offline.erase.alsoOfflineCopy}
      hint={words.offline.erase.offlineCopyHint}
    />
  );
}
