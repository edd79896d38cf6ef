import { useState } from 'react';
import type { Voiced } from '../../content/types.ts';
import { useVoice } from '../../i18n/context.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { useFocusOnChange } from '../../ui/focus-on-change.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { removeOfflineCopy } from '../../lib/offline-copy.ts';
import { useAnswers } from '../../stores/answers.ts';
import { BrowserTraces } from './browser-traces.tsx';
import { EraseEverything, useOfflineCopyHere } from './erase-everything.tsx';
import { words } from '../../i18n/words.ts';

/** What an erase button reports: done, or the words saying why not. */
type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * `/effacer-mes-traces`: what Balise keeps on this device, each with its own erase button (the
 * stores' own actions, after confirmation), "Tout effacer"; then what only the browser keeps
 * (history, downloaded files, the printer's queue), how to remove it in the common browsers, and
 * what private browsing does and does not do.
 */
export function TracesPage() {
  const v = useVoice();
  const offlineCopyHere = useOfflineCopyHere();
  const balise = words.traces.balise;

  return (
    <>
      <PageHeading>{words.traces.title}</PageHeading>
      <p className="lead">{v(words.traces.lead)}</p>

      <section aria-labelledby="traces-balise">
        <h2 id="traces-balise">{balise.title}</h2>
        <EraseItem
          id="traces-answers"
          item={balise.answers}
          erase={() => {
            // The documents' details are kept beside the answers and go with them.
            useAnswers.getState().clear();
            return Promise.resolve({ ok: true });
          }}
        />
        <EraseItem
          id="traces-journal"
          item={balise.journal}
          afterDone={v(words.journal.wipe.diskTraces)}
          erase={async () => {
            // Loaded only when used, like "Tout effacer": this page does not need the journal's code.
            const { useJournal } = await import('../../stores/journal.ts');
            const result = await useJournal.getState().erase();
            return result.ok
              ? result
              : { ok: false, message: v(words.journal.wipe.problem[result.problem]) };
          }}
        />
        <EraseItem
          id="traces-offline"
          item={balise.offlineCopy}
          absent={offlineCopyHere ? undefined : balise.offlineCopy.none}
          erase={async () =>
            (await removeOfflineCopy())
              ? { ok: true }
              : { ok: false, message: v(balise.offlineCopy.failed) }
          }
        />
        <section aria-labelledby="traces-everything">
          <h3 id="traces-everything">{balise.everything.title}</h3>
          <EraseEverything />
        </section>
      </section>

      <BrowserTraces />
    </>
  );
}

/** The words of one erasable thing (its `text` in the reader's voice). */
interface ItemWords {
  readonly title: string;
  readonly text: Voiced;
  readonly button: string;
  readonly confirm: string;
  readonly yes: string;
  readonly done: string;
}

interface ItemProps {
  readonly id: string;
  readonly item: ItemWords;
  /** Said under `done`, once erased (what the browser may still keep). */
  readonly afterDone?: string;
  /** Said instead of the button when there is nothing of this kind to erase. */
  readonly absent?: string | undefined;
  readonly erase: () => Promise<Outcome>;
}

/** One thing Balise keeps: what it is, and a button that erases it after asking. */
function EraseItem(props: ItemProps) {
  const { id, item, afterDone, absent, erase } = props;
  const { title, button, confirm, yes, done } = item;
  const v = useVoice();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The confirm button disappears once pressed: focus goes to what happened instead.
  const messageRef = useFocusOnChange<HTMLParagraphElement>(outcome);

  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>{v(item.text)}</p>
      {outcome?.ok === true ? (
        <Notice tone="success" role="status">
          <p tabIndex={-1} ref={messageRef}>
            {done}
          </p>
        </Notice>
      ) : null}
      {outcome?.ok === true && afterDone !== undefined ? <p>{afterDone}</p> : null}
      {outcome?.ok === false ? (
        <Notice tone="danger" role="alert">
          <p tabIndex={-1} ref={messageRef}>
            {outcome.message}
          </p>
        </Notice>
      ) : null}
      {absent !== undefined && outcome === null ? <p>{absent}</p> : null}
      {absent === undefined && outcome?.ok !== true ? (
        <ConfirmAction
          label={button}
          question={confirm}
          confirmLabel={yes}
          cancelLabel={words.ui.session.cancel}
          onConfirm={() => {
            setOutcome(null);
            void erase().then(setOutcome);
          }}
        />
      ) : null}
    </section>
  );
}
