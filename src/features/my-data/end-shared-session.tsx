import { useState } from 'react';
import { Link } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { plainText } from '../../i18n/voice.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { usePlan } from '../../common/rule-book.tsx';
import { navigation } from '../../stores/session.ts';
import { endSharedSession, endedAddress, useSharedSession } from '../../stores/shared-session.ts';
import type { EraseState } from './erase-everything.tsx';
import { EraseProgress, OfflineCopyChoice, useOfflineCopyHere } from './erase-everything.tsx';
import { words } from '../../i18n/words.ts';

/**
 * "Terminer la séance" during a séance: first what the person can take away (the plan, its
 * documents as PDF or printed, the journal's export), then exactly what the end erases — and,
 * when Balise kept data here before the séance, whether that goes too (kept unless asked) — then,
 * after confirmation, the end: the page reloads on the neutral checklist, so that nothing of the
 * séance remains, even in memory.
 */
export function EndSharedSession() {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const { documents } = usePlan(answers);
  const prior = useSharedSession((s) => s.priorData);
  const offlineCopyHere = useOfflineCopyHere();
  const [erasePrior, setErasePrior] = useState(false);
  const [offlineCopy, setOfflineCopy] = useState(false);
  const [state, setState] = useState<EraseState>('idle');
  const started = answers.role !== undefined;

  return (
    <>
      <section aria-labelledby="end-before">
        <h2 id="end-before">{words.sharedSession.beforeTitle}</h2>
        <p>{v(words.sharedSession.before)}</p>
        <ul>
          {started ? (
            <>
              <li>
                <Link to="/plan">{words.sharedSession.plan}</Link> : {words.sharedSession.planHint}
              </li>
              {documents.map((id) => (
                <li key={id}>
                  <Link to={`/documents/${id}`}>
                    {plainText(v(words.plan.documents[id].title))}
                  </Link>{' '}
                  : {words.sharedSession.documentHint}
                </li>
              ))}
            </>
          ) : null}
          <li>
            <Link to="/preuves">{words.sharedSession.journal}</Link> :{' '}
            {words.sharedSession.journalHint}
          </li>
        </ul>
      </section>

      <section aria-labelledby="end-erases">
        <h2 id="end-erases">{words.sharedSession.erasesTitle}</h2>
        <ul>
          {words.sharedSession.erases.map((what) => (
            <li key={what}>{what}</li>
          ))}
          {offlineCopy ? <li>{words.offline.erase.offlineCopyItem}</li> : null}
        </ul>
        {prior ? (
          <>
            <CheckField
              id="end-erase-prior"
              label={words.sharedSession.erasePrior}
              hint={words.sharedSession.erasePriorHint}
              checked={erasePrior}
              onChange={setErasePrior}
            />
            <p>{erasePrior ? words.sharedSession.priorErased : words.sharedSession.priorKept}</p>
          </>
        ) : (
          <p>{words.sharedSession.nothingBefore}</p>
        )}
        {offlineCopyHere ? (
          <OfflineCopyChoice
            id="end-offline-copy"
            checked={offlineCopy}
            onChange={setOfflineCopy}
          />
        ) : null}
        <p>{v(words.ui.session.erasesNot)}</p>
      </section>

      <EraseProgress state={state} erasing={words.sharedSession.ending} />
      {state === 'erasing' ? null : (
        <ConfirmAction
          label={words.sharedSession.end}
          question={words.sharedSession.confirm}
          confirmLabel={words.sharedSession.yes}
          cancelLabel={words.ui.session.cancel}
          triggerClassName="button button--danger"
          onConfirm={() => {
            setState('erasing');
            void endSharedSession({ erasePrior, offlineCopy }).then((result) => {
              if (!result.ok) setState(result);
              else if (result.offlineCopyKept) setState('offline-copy-kept');
              // A new page: nothing of the séance stays, even in this tab's memory.
              else navigation.replace(endedAddress(result.priorKept));
            });
          }}
        />
      )}
    </>
  );
}
