import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import type { Voiced } from '../../content/types.ts';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill } from '../../i18n/voice.ts';
import type { ImportProblem } from '../../lib/journal/zip-import.ts';
import { ImportError, importJournal } from '../../lib/journal/zip-import.ts';
import { saveBlob } from '../../lib/download.ts';
import { Notice } from '../../ui/notice.tsx';
import { useJournal } from '../../stores/journal.ts';
import { useAnswers } from '../../stores/answers.ts';
import { useHoldUpdate } from '../../stores/offline.ts';
import { attachmentPolicy } from '../../engine/index.ts';
import { forgetExportFile } from '../../lib/journal/export-disk.ts';
import { passphraseStrength } from '../../lib/journal/passphrase.ts';
import { exportToFile } from './export-file.ts';
import { words } from '../../i18n/words.ts';

/** Hands a finished file to the browser, then forgets the copy kept on disk for it. */
const download = (blob: Blob, name: string): void => {
  saveBlob(blob, name, () => void forgetExportFile());
};

/** What the last export or import gave: words are chosen when shown, from these ids. */
type Said =
  | { readonly kind: 'exported'; readonly name: string }
  | { readonly kind: 'export-failed' }
  | {
      readonly kind: 'imported';
      readonly added: number;
      readonly skipped: number;
      readonly dropped: number;
    }
  | { readonly kind: 'import-failed'; readonly problem: ImportProblem | 'other' };

/** Every reason the import can give has its own words (a missing one is a type error). */
const importProblems = (): Readonly<Record<ImportProblem | 'other', Voiced>> =>
  words.journal.exchange.problems;

/** The words and tone of what was said, in the reader's voice. */
function sayingOf(said: Said, v: (text: Voiced) => string) {
  switch (said.kind) {
    case 'exported':
      return {
        tone: 'success',
        text: fill(words.journal.exchange.exported, { name: said.name }),
      } as const;
    case 'export-failed':
      return { tone: 'warning', text: v(words.journal.storage.failed) } as const;
    case 'imported': {
      const dropped =
        said.dropped === 0
          ? ''
          : ` ${said.dropped === 1 ? words.journal.exchange.droppedOne : fill(words.journal.exchange.droppedMany, { count: said.dropped })}`;
      const text =
        fill(words.journal.exchange.imported, {
          added: counted(words.journal.exchange.added, said.added),
          skipped: counted(words.journal.exchange.skipped, said.skipped),
        }) + dropped;
      return { tone: said.dropped === 0 ? 'success' : 'warning', text } as const;
    }
    case 'import-failed':
      return { tone: 'warning', text: v(importProblems()[said.problem]) } as const;
  }
}

/** Export the journal as a ZIP (optionally encrypted), or import such an export. */
export function ExchangePanel() {
  const v = useVoice();
  const open = useJournal((s) => s.open);
  const refresh = useJournal((s) => s.refresh);
  const id = useId();
  const [encrypt, setEncrypt] = useState(false);
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [importPassphrase, setImportPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  // An update of the app waits until the export or import ends.
  useHoldUpdate(busy !== null);
  const [said, setSaid] = useState<Said | null>(null);
  const answers = useAnswers((s) => s.answers);
  // Shown once an archive holds sextortion captures: the same confirmation as the entry form.
  const [askConfirmation, setAskConfirmation] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const onExport = async () => {
    setBusy('export');
    setSaid(null);
    const repo = await open();
    const encrypted = encrypt && exportPassphrase !== '';
    // Out of the field and the state at once: only the export holds it while it runs.
    const passphrase = exportPassphrase;
    setExportPassphrase('');
    try {
      const { blob, name } = await exportToFile(repo, encrypted ? { passphrase } : {});
      download(blob, name);
      setSaid({ kind: 'exported', name });
    } catch {
      setSaid({ kind: 'export-failed' });
    } finally {
      setBusy(null);
    }
  };

  const onImport = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (file === null) return;
    setBusy('import');
    setSaid(null);
    const passphrase = importPassphrase;
    setImportPassphrase('');
    try {
      const repo = await open();
      const result = await importJournal(file, repo, {
        ...(passphrase === '' ? {} : { passphrase }),
        // The form's rule on files, for this person (fact: sextortion.copy-ban-images-only).
        policy: (kinds) => attachmentPolicy(answers, kinds),
        confirmedNoIntimateImage: confirmed,
      });
      await refresh();
      setSaid({
        kind: 'imported',
        added: result.added,
        skipped: result.skipped,
        dropped: result.droppedFiles,
      });
    } catch (error) {
      // An unexpected error (a bug, a browser refusing) is said too, as 'other', and logged.
      if (!(error instanceof ImportError)) console.error(error);
      const problem = error instanceof ImportError ? error.problem : 'other';
      if (problem === 'needs-confirmation') setAskConfirmation(true);
      setSaid({ kind: 'import-failed', problem });
    } finally {
      setBusy(null);
    }
  };

  const saying = said === null ? null : sayingOf(said, v);

  return (
    <section aria-labelledby="exchange-title">
      <h2 id="exchange-title">{words.journal.exchange.title}</h2>
      {saying === null ? null : (
        <Notice tone={saying.tone} role={saying.tone === 'success' ? 'status' : 'alert'}>
          <p>{saying.text}</p>
        </Notice>
      )}
      <p>{v(words.journal.exchange.exportText)}</p>
      <div className="choice">
        <input
          id={`${id}-encrypt`}
          type="checkbox"
          checked={encrypt}
          onChange={(e) => {
            setEncrypt(e.target.checked);
          }}
        />
        <label htmlFor={`${id}-encrypt`}>{words.journal.exchange.exportEncrypted}</label>
      </div>
      {encrypt ? (
        <p className="field">
          <label htmlFor={`${id}-export-passphrase`}>{words.journal.lock.passphrase}</label>
          <span className="hint" id={`${id}-export-passphrase-hint`}>
            {words.journal.exchange.exportPassphraseHint}
          </span>
          <input
            id={`${id}-export-passphrase`}
            type="password"
            autoComplete="new-password"
            aria-describedby={`${id}-export-passphrase-hint`}
            value={exportPassphrase}
            onChange={(e) => {
              setExportPassphrase(e.target.value);
            }}
          />
        </p>
      ) : null}
      <p>
        <button
          type="button"
          className="button"
          disabled={
            busy !== null || (encrypt && passphraseStrength(exportPassphrase) === 'too-short')
          }
          onClick={() => {
            void onExport();
          }}
        >
          {busy === 'export' ? words.journal.exchange.exporting : words.journal.exchange.export}
        </button>
      </p>
      <form onSubmit={(e) => void onImport(e)}>
        <p className="field">
          <label htmlFor={`${id}-file`}>{words.journal.exchange.importFile}</label>
          <span id={`${id}-file-hint`} className="hint">
            {words.journal.exchange.importHint}
          </span>
          <input
            id={`${id}-file`}
            type="file"
            accept=".zip,.enc,application/zip"
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              // A confirmation is about one archive's captures: another file asks again.
              setAskConfirmation(false);
              setConfirmed(false);
            }}
          />
        </p>
        <p className="field">
          <label htmlFor={`${id}-import-passphrase`}>
            {words.journal.exchange.importPassphrase}
          </label>
          <input
            id={`${id}-import-passphrase`}
            type="password"
            autoComplete="current-password"
            value={importPassphrase}
            onChange={(e) => {
              setImportPassphrase(e.target.value);
            }}
          />
        </p>
        {askConfirmation ? (
          <div className="choice">
            <input
              id={`${id}-confirm`}
              type="checkbox"
              checked={confirmed}
              onChange={(e) => {
                setConfirmed(e.target.checked);
              }}
            />
            <label htmlFor={`${id}-confirm`}>{words.journal.exchange.confirmNoIntimateImage}</label>
          </div>
        ) : null}
        <p>
          <button
            type="submit"
            className="button button--secondary"
            disabled={busy !== null || file === null}
          >
            {busy === 'import' ? words.journal.exchange.importing : words.journal.exchange.import}
          </button>
        </p>
      </form>
    </section>
  );
}
