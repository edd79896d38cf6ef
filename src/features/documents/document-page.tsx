import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DocumentId, QuestionId, SourceId } from '../../engine/index.ts';
import { DOCUMENT_IDS, documentAvailability } from '../../engine/index.ts';
import { documentPages, documentsText, documentsUi as u } from '../../content/fr/documents.ts';
import { fr } from '../../content/fr/engine.ts';
import { AnswerReasons } from '../../common/answer-reasons.tsx';
import { SourcesList } from '../../common/sources-list.tsx';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill, plainText } from '../../i18n/voice.ts';
import { saveBlob } from '../../lib/download.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import type { Details, FieldId, Party } from '../../stores/documents.ts';
import { MAX_FIELD_LENGTH, useDocuments } from '../../stores/documents.ts';
import { useJournal } from '../../stores/journal.ts';
import { useHoldUpdate } from '../../stores/offline.ts';
import { buildDocument } from './build/index.ts';
import { journalLocations } from './build/platform-notice.ts';
import type { DocumentContext } from './context.ts';
import { contextOf, partyOf } from './context.ts';
import { DocView } from './doc-view.tsx';
import type { FieldSpec } from './fields.ts';
import { fieldsOf, missingFields } from './fields.ts';
import { docToText } from './plain-text.ts';
import './documents.css';

const isDocumentId = (id: string | undefined): id is DocumentId =>
  (DOCUMENT_IDS as readonly (string | undefined)[]).includes(id);

/** Today as `YYYY-MM-DD`, in the user's own time zone. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `/documents/:documentId`: a form, an accessible preview, then PDF, print or copy. */
export function DocumentPage() {
  const { documentId } = useParams();
  const answers = useAnswers((s) => s.answers);
  if (!isDocumentId(documentId)) return <UnknownDocument />;
  const availability = documentAvailability(answers, documentId);
  if (!availability.offered) {
    return (
      <NotOffered id={documentId} because={availability.because} missing={availability.missing} />
    );
  }
  return <DocumentEditor key={documentId} id={documentId} />;
}

function UnknownDocument() {
  return (
    <>
      <PageHeading>{u.unknownTitle}</PageHeading>
      <p>{u.unknownText}</p>
      <p className="actions">
        <Link className="button" to="/plan">
          {u.toPlan}
        </Link>
      </p>
    </>
  );
}

/** Says which answers rule the document out (the rule's own reason), each with a way to change it. */
function NotOffered({
  id,
  because,
  missing,
}: {
  readonly id: DocumentId;
  readonly because: readonly QuestionId[];
  readonly missing: readonly QuestionId[];
}) {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const title = plainText(v(fr.documents[id].title));
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Notice tone="info" title={u.notOfferedTitle}>
        <AnswerReasons
          answers={answers}
          because={because}
          missing={missing}
          becauseText={u.notOfferedBecause}
          missingText={v(u.notOfferedMissing)}
        />
      </Notice>
      <p className="actions">
        <Link className="button" to="/plan">
          {u.toPlan}
        </Link>
        <Link className="button button--secondary" to="/mes-reponses">
          {u.toAnswers}
        </Link>
      </p>
    </>
  );
}

type Outcome = { readonly tone: 'success' | 'warning' | 'danger'; readonly text: string } | null;

function DocumentEditor({ id }: { readonly id: DocumentId }) {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const keep = useAnswers((s) => s.keep);
  const party = partyOf(id, answers);
  const details = useDocuments((s) => s.details[party]);
  const problem = useDocuments((s) => s.problem);
  const dismissProblem = useDocuments((s) => s.dismissProblem);
  const journal = useJournal((s) => s.entries);
  const journalStatus = useJournal((s) => s.status);
  const openJournal = useJournal((s) => s.open);
  // Downloads tried with required fields missing, since the form was last complete.
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  // An update of the app waits until the PDF is made.
  useHoldUpdate(busy);
  // What the last download said, and for which details: edited details make it stale.
  const [result, setResult] = useState<{
    readonly outcome: Outcome;
    readonly unsupported: readonly string[];
    readonly details: Details;
  } | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const previewId = useId();

  useEffect(() => {
    void openJournal();
  }, [openJournal]);

  const ctx = contextOf({ answers, details, entries: journal, today: localToday() });
  const doc = buildDocument(id, ctx);
  const fields = fieldsOf(id, ctx);
  const missing = missingFields(id, ctx);
  const page = documentPages[id];
  const title = plainText(v(fr.documents[id].title));
  const sources: SourceId[] = [
    ...new Set([
      ...page.sources,
      ...(id === 'complaint-letter' || id === 'platform-notice'
        ? ctx.offences.flatMap((o) => o.sources)
        : []),
    ]),
  ];

  // Once everything required is there, the summary goes away for good (until the next try).
  if (attempts > 0 && missing.length === 0) setAttempts(0);
  const showMissing = attempts > 0;
  // Each try brings the summary into focus, not each keystroke.
  useEffect(() => {
    if (attempts > 0) missingRef.current?.focus();
  }, [attempts]);
  const current = result !== null && result.details === details ? result : null;
  const outcome = current?.outcome ?? null;
  const unsupported = current?.unsupported ?? [];
  const setOutcome = (next: Outcome, chars: readonly string[] = []) => {
    setResult({ outcome: next, unsupported: chars, details });
  };

  const download = async () => {
    if (missing.length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const [{ renderPdf, unsupportedCharactersInDoc }, { loadPdfFonts }] = await Promise.all([
        import('../../lib/pdf/render.ts'),
        import('../../lib/pdf/load-fonts.ts'),
      ]);
      const chars = unsupportedCharactersInDoc(doc);
      const bytes = await renderPdf(doc, await loadPdfFonts());
      // A neutral name: a Downloads folder seen by someone else does not say what this is.
      const file = `${u.fileStem}-${ctx.today}.pdf`;
      saveBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), file);
      setOutcome({ tone: 'success', text: fill(u.downloaded, { file }) }, chars);
    } catch (error) {
      console.error(error);
      // A font that cannot be fetched (offline, say) is the likely failure: say it in words.
      // The code of the PDF is loaded on demand too: a failed import is a TypeError.
      const reason =
        error instanceof Error && error.name === 'FontLoadError'
          ? u.fontsUnavailable
          : error instanceof TypeError
            ? u.codeUnavailable
            : u.unexpected;
      setOutcome({ tone: 'danger', text: fill(u.downloadFailed, { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(docToText(doc));
      setOutcome({ tone: 'success', text: u.copied });
    } catch {
      setOutcome({ tone: 'warning', text: u.copyFailed });
    }
  };

  const files = journal.reduce((sum, e) => sum + e.attachments.length, 0);

  return (
    <article className="document-page" data-document={id}>
      <p className="no-print">
        <Link className="back-link" to="/plan">
          {u.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <div className="no-print">
        <p className="lead">{v(page.lead)}</p>
        <section aria-labelledby="document-how-to">
          <h2 id="document-how-to">{u.howToTitle}</h2>
          <ul>
            {page.howTo.map((text, index) => (
              <li key={index}>{v(text)}</li>
            ))}
          </ul>
          {page.after === undefined ? null : (
            <>
              <h3 id="document-after">{v(page.after.title)}</h3>
              <ol aria-labelledby="document-after">
                {page.after.steps.map((text, index) => (
                  <li key={index}>{v(text)}</li>
                ))}
              </ol>
            </>
          )}
        </section>

        <section aria-labelledby="document-form">
          <h2 id="document-form">{u.formTitle}</h2>
          <JournalNotice
            status={journalStatus}
            acts={journal.length}
            files={files}
            uses={id !== 'erasure-request' && id !== 'action-plan'}
          />
          {fields.length === 0 ? (
            <p>{u.noForm}</p>
          ) : (
            <>
              {party === 'family' ? (
                <Notice tone="info">
                  <p>{u.familyNote}</p>
                </Notice>
              ) : null}
              <p className="hint">{keep === 'device' ? u.keptOnDevice : v(u.keptInTab)}</p>
              {problem === null ? null : (
                <Notice tone="warning" role="alert">
                  <p>{u.saveProblem[problem]}</p>
                  <p>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={dismissProblem}
                    >
                      {u.dismiss}
                    </button>
                  </p>
                </Notice>
              )}
              <form
                className="document-form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void download();
                }}
              >
                {fields.map((spec) => (
                  <Field
                    key={spec.field}
                    spec={spec}
                    party={party}
                    details={details}
                    invalid={showMissing && missing.includes(spec.field)}
                    ctx={ctx}
                  />
                ))}
              </form>
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="document-preview" className="document-preview-section">
        <h2 id="document-preview" className="no-print">
          {u.previewTitle}
        </h2>
        <p className="hint no-print">{u.previewHint}</p>
        <DocView doc={doc} headingId={`${previewId}-doc`} />
      </section>

      <section aria-label={u.download} className="document-actions no-print">
        {showMissing && missing.length > 0 ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={missingRef}>
            <h2>{u.missingTitle}</h2>
            <p>{u.missingIntro}</p>
            <ul>
              {missing.map((field) => (
                <li key={field}>
                  <a href={`#field-${field}`}>{documentsText.fields[field].label}</a>
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
              if (!busy) void download();
            }}
          >
            {busy ? u.downloading : u.download}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              window.print();
            }}
          >
            {u.print}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void copy();
            }}
          >
            {u.copy}
          </button>
        </p>
        <div>
          {outcome === null ? null : (
            <Notice tone={outcome.tone} role="status">
              <p>{outcome.text}</p>
            </Notice>
          )}
          {unsupported.length > 0 ? (
            <Notice tone="warning" role="status">
              <p>{fill(u.unsupported, { chars: unsupported.join(' ') })}</p>
            </Notice>
          ) : null}
        </div>
        <p className="hint">{u.privacy}</p>
      </section>

      <section aria-labelledby="document-sources" className="no-print">
        <h2 id="document-sources">{u.sourcesTitle}</h2>
        <SourcesList ids={sources} />
      </section>
    </article>
  );
}

function JournalNotice({
  status,
  acts,
  files,
  uses,
}: {
  readonly status: ReturnType<typeof useJournal.getState>['status'];
  readonly acts: number;
  readonly files: number;
  readonly uses: boolean;
}) {
  const v = useVoice();
  if (!uses) return null;
  if (status === 'locked') {
    return (
      <Notice tone="warning">
        <p>{u.journalLocked}</p>
        <p>
          <Link to="/preuves">{u.journalToUnlock}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'error') {
    return (
      <Notice tone="warning">
        <p>{u.journalError}</p>
        <p>
          <Link to="/preuves">{u.journalLink}</Link>
        </p>
      </Notice>
    );
  }
  if (status === 'idle' || status === 'loading') return <p className="hint">{u.journalLoading}</p>;
  return (
    <p className="hint">
      {acts === 0
        ? v(u.journalEmpty)
        : fill(u.journalCount, {
            acts: counted(u.journalActs, acts),
            files: counted(u.journalFiles, files),
          })}{' '}
      <Link to="/preuves">{u.journalLink}</Link>
    </p>
  );
}

/** How each field is typed in (text unless said here, or long below). */
const INPUT_TYPES: Partial<Record<FieldId, 'date' | 'email' | 'tel'>> = {
  senderBirthDate: 'date',
  childBirthDate: 'date',
  senderEmail: 'email',
  senderPhone: 'tel',
};
const LONG_FIELDS: readonly FieldId[] = [
  'senderAddress',
  'facts',
  'witnesses',
  'harm',
  'otherExhibits',
  'urls',
  'explanation',
  'siteContact',
  'dataDescription',
  'actionsTaken',
];
const AUTOCOMPLETE: Partial<Record<FieldId, string>> = {
  senderName: 'name',
  senderBirthDate: 'bday',
  senderAddress: 'street-address',
  senderPhone: 'tel',
  senderEmail: 'email',
};

function Field({
  spec,
  party,
  details,
  invalid,
  ctx,
}: {
  readonly spec: FieldSpec;
  readonly party: Party;
  readonly details: Details;
  readonly invalid: boolean;
  readonly ctx: DocumentContext;
}) {
  const v = useVoice();
  const setField = useDocuments((s) => s.setField);
  const { field, required } = spec;
  const text = documentsText.fields[field];
  const id = `field-${field}`;
  const hint = 'hint' in text ? v(text.hint) : undefined;
  const errorId = `${id}-error`;
  const describedBy =
    [invalid ? errorId : '', hint === undefined ? '' : `${id}-hint`].filter(Boolean).join(' ') ||
    undefined;

  if (field === 'civilParty') {
    return (
      <p className="field field--check">
        <input
          id={id}
          type="checkbox"
          checked={details.civilParty}
          aria-describedby={describedBy}
          onChange={(e) => {
            setField(party, 'civilParty', e.target.checked);
          }}
        />
        <label htmlFor={id}>{text.label}</label>
        {hint === undefined ? null : (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        )}
      </p>
    );
  }

  const value = details[field];
  const onChange = (next: string) => {
    setField(party, field, next);
  };
  const common = {
    id,
    value,
    required,
    maxLength: MAX_FIELD_LENGTH,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    // The user's own details only: a family's are not the counsellor's to autofill.
    autoComplete: (party === 'user' ? AUTOCOMPLETE[field] : undefined) ?? 'off',
  };
  const locations = field === 'urls' ? journalLocations(ctx) : [];
  // The journal's addresses are added to what was typed, never in place of it.
  const typed = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const toAdd = locations.filter((location) => !typed.includes(location));
  const fromJournal = [...typed, ...toAdd].join('\n');

  return (
    <div className="field">
      <label htmlFor={id}>
        {text.label}
        {required ? <span className="required"> {u.required}</span> : null}
      </label>
      {hint === undefined ? null : (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {invalid ? (
        <span id={errorId} className="error-message">
          {fill(u.fieldMissing, { field: text.label })}
        </span>
      ) : null}
      {LONG_FIELDS.includes(field) ? (
        <textarea
          {...common}
          rows={field === 'harm' || field === 'facts' ? 5 : 3}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={INPUT_TYPES[field] ?? 'text'}
          max={INPUT_TYPES[field] === 'date' ? ctx.today : undefined}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
      {toAdd.length > 0 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onChange(fromJournal);
            // The button goes away once used: keep the focus on the field it filled.
            document.getElementById(id)?.focus();
          }}
        >
          {fill(u.useJournalUrls, { count: toAdd.length })}
        </button>
      ) : null}
    </div>
  );
}
