import { useEffect, useRef, useState } from 'react';
import type { Doc } from '../../lib/doc/model.ts';
import { saveBlob } from '../../lib/download.ts';
import { fill } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import type { FieldId } from '../../stores/documents.ts';
import { useHoldUpdate } from '../../stores/offline.ts';
import type { PdfProblem } from './pdf-download.ts';
import { makePdf, pdfFileName } from './pdf-download.ts';
import { docToText } from './plain-text.ts';
import { words } from '../../i18n/words.ts';

/** What the last action gave: words are chosen when shown, from these ids. */
type Said =
  | { readonly kind: 'downloaded'; readonly file: string; readonly unsupported: readonly string[] }
  | { readonly kind: 'pdf-failed'; readonly problem: PdfProblem }
  | { readonly kind: 'copied' }
  | { readonly kind: 'copy-failed' };

/** What the actions need to know about the document. */
interface ActionInput {
  readonly doc: Doc;
  /** What the document was made from: once it changes, what was said earlier goes away. */
  readonly made: unknown;
  readonly today: string;
  /** Required fields still empty: a download names them instead of starting. */
  readonly missing: readonly FieldId[];
  readonly onMissing: () => void;
}

/** "Télécharger en PDF" and "Copier le texte", and what the last of them gave. */
export function useDocumentActions({ doc, made, today, missing, onMissing }: ActionInput) {
  const [busy, setBusy] = useState(false);
  // An update of the app waits until the PDF is made.
  useHoldUpdate(busy);
  const [said, setSaid] = useState<{ readonly what: Said; readonly made: unknown } | null>(null);
  const say = (what: Said) => {
    setSaid({ what, made });
  };
  const download = async () => {
    if (busy) return;
    if (missing.length > 0) {
      onMissing();
      return;
    }
    setBusy(true);
    setSaid(null);
    try {
      const outcome = await makePdf(doc);
      if (outcome.ok) {
        const file = pdfFileName(words.documents.ui.fileStem, today);
        saveBlob(new Blob([outcome.bytes as BlobPart], { type: 'application/pdf' }), file);
        say({ kind: 'downloaded', file, unsupported: outcome.unsupported });
      } else {
        console.error(outcome.error);
        say({ kind: 'pdf-failed', problem: outcome.problem });
      }
    } catch (error) {
      console.error(error);
      say({ kind: 'pdf-failed', problem: 'unexpected' });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(docToText(doc));
      say({ kind: 'copied' });
    } catch {
      say({ kind: 'copy-failed' });
    }
  };
  return { busy, said: said !== null && said.made === made ? said.what : null, download, copy };
}

/** The buttons, the summary of what is missing after a try, and what the last action gave. */
export function DocumentActions({
  actions: { busy, said, download, copy },
  missing,
}: {
  readonly actions: ReturnType<typeof useDocumentActions>;
  /** Required fields still empty, and how many downloads were tried without them. */
  readonly missing: { readonly fields: readonly FieldId[]; readonly tried: number };
}) {
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each try brings the summary into focus, not each keystroke.
  useEffect(() => {
    if (missing.tried > 0) summaryRef.current?.focus();
  }, [missing.tried]);

  return (
    <section aria-label={words.documents.ui.download} className="document-actions no-print">
      {missing.tried > 0 && missing.fields.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>{words.documents.ui.missingTitle}</h2>
          <p>{words.documents.ui.missingIntro}</p>
          <ul>
            {missing.fields.map((field) => (
              <li key={field}>
                <a href={`#field-${field}`}>{words.documents.fields[field].label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => {
            void download();
          }}
        >
          {busy ? words.documents.ui.downloading : words.documents.ui.download}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {words.documents.ui.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void copy();
          }}
        >
          {words.documents.ui.copy}
        </button>
      </p>
      <div>{said === null ? null : <SaidNotice said={said} />}</div>
      <p className="hint">{words.documents.ui.privacy}</p>
    </section>
  );
}

function SaidNotice({ said }: { readonly said: Said }) {
  switch (said.kind) {
    case 'downloaded':
      return (
        <>
          <Notice tone="success" role="status">
            <p>{fill(words.documents.ui.downloaded, { file: said.file })}</p>
          </Notice>
          {said.unsupported.length > 0 ? (
            <Notice tone="warning" role="status">
              <p>{fill(words.documents.ui.unsupported, { chars: said.unsupported.join(' ') })}</p>
            </Notice>
          ) : null}
        </>
      );
    case 'pdf-failed':
      return (
        <Notice tone="danger" role="status">
          <p>
            {fill(words.documents.ui.downloadFailed, {
              reason: words.documents.ui.pdfProblem[said.problem],
            })}
          </p>
        </Notice>
      );
    case 'copied':
      return (
        <Notice tone="success" role="status">
          <p>{words.documents.ui.copied}</p>
        </Notice>
      );
    case 'copy-failed':
      return (
        <Notice tone="warning" role="status">
          <p>{words.documents.ui.copyFailed}</p>
        </Notice>
      );
  }
}
