import { useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DocumentId, QuestionId } from '../../engine/index.ts';
import { DOCUMENT_IDS, documentAvailability } from '../../engine/index.ts';
import { AnswerReasons } from '../../common/answer-reasons.tsx';
import { SourcesList } from '../../common/sources-list.tsx';
import { localDay } from '../../common/format.ts';
import { useVoice } from '../../i18n/context.tsx';
import { plainText } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useDocuments } from '../../stores/documents.ts';
import { useJournal } from '../../stores/journal.ts';
import { buildDocument } from './build/index.ts';
import { contextOf, partyOf } from './context.ts';
import { DocView } from './doc-view.tsx';
import { DocumentActions, useDocumentActions } from './document-actions.tsx';
import { DocumentField } from './document-field.tsx';
import { fieldsOf, missingFields } from './fields.ts';
import { JournalNotice } from './journal-notice.tsx';
import { NoticeLanguageChoice } from './notice-language.tsx';
import { DOCUMENT_TRAITS, documentSources } from './traits.ts';
import './documents.css';
import { words } from '../../i18n/words.ts';

const isDocumentId = (id: string | undefined): id is DocumentId =>
  (DOCUMENT_IDS as readonly (string | undefined)[]).includes(id);

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
      <PageHeading>{words.documents.ui.unknownTitle}</PageHeading>
      <p>{words.documents.ui.unknownText}</p>
      <p className="actions">
        <Link className="button" to="/plan">
          {words.documents.ui.toPlan}
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
  const title = plainText(v(words.plan.documents[id].title));
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Notice tone="info" title={words.documents.ui.notOfferedTitle}>
        <AnswerReasons
          answers={answers}
          because={because}
          missing={missing}
          becauseText={words.documents.ui.notOfferedBecause}
          missingText={v(words.documents.ui.notOfferedMissing)}
        />
      </Notice>
      <p className="actions">
        <Link className="button" to="/plan">
          {words.documents.ui.toPlan}
        </Link>
        <Link className="button button--secondary" to="/mes-reponses">
          {words.documents.ui.toAnswers}
        </Link>
      </p>
    </>
  );
}

function DocumentEditor({ id }: { readonly id: DocumentId }) {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const keep = useAnswers((s) => s.keep);
  const party = partyOf(id, answers);
  const details = useDocuments((s) => s.details[party]);
  const problem = useDocuments((s) => s.problem);
  const dismissProblem = useDocuments((s) => s.dismissProblem);
  const journal = useJournal((s) => s.entries);
  const openJournal = useJournal((s) => s.open);
  // Downloads tried with required fields missing, since the form was last complete.
  const [tried, setTried] = useState(0);
  const previewId = useId();

  useEffect(() => {
    void openJournal();
  }, [openJournal]);

  const ctx = contextOf({ answers, details, entries: journal, today: localDay() });
  const doc = buildDocument(id, ctx);
  const fields = fieldsOf(id, ctx);
  const missing = missingFields(id, ctx);
  const page = words.documents.pages[id];
  const report = DOCUMENT_TRAITS[id].report;
  const title = plainText(v(words.plan.documents[id].title));

  // Once everything required is there, the summary goes away for good (until the next try).
  if (tried > 0 && missing.length === 0) setTried(0);
  const actions = useDocumentActions({
    doc,
    made: details,
    today: ctx.today,
    missing,
    onMissing: () => {
      setTried((n) => n + 1);
    },
  });

  return (
    <article className="document-page" data-document={id}>
      <p className="no-print">
        <Link className="back-link" to="/plan">
          {words.documents.ui.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <div className="no-print">
        <p className="lead">{v(page.lead)}</p>
        <section aria-labelledby="document-how-to">
          <h2 id="document-how-to">{words.documents.ui.howToTitle}</h2>
          <ul>
            {page.howTo.map((text, index) => (
              <li key={index}>{v(text)}</li>
            ))}
          </ul>
          {report === null ? null : (
            <p>
              <Link to={`/suivi?type=${report}`}>{words.tracker.documentLink}</Link>
            </p>
          )}
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
          <h2 id="document-form">{words.documents.ui.formTitle}</h2>
          {DOCUMENT_TRAITS[id].usesJournal ? <JournalNotice /> : null}
          {fields.length === 0 ? (
            <p>{words.documents.ui.noForm}</p>
          ) : (
            <>
              {party === 'family' ? (
                <Notice tone="info">
                  <p>{words.documents.ui.familyNote}</p>
                </Notice>
              ) : null}
              <p className="hint">
                {keep === 'device'
                  ? words.documents.ui.keptOnDevice
                  : v(words.documents.ui.keptInTab)}
              </p>
              {problem === null ? null : (
                <Notice tone="warning" role="alert">
                  <p>{words.documents.ui.saveProblem[problem]}</p>
                  <p>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={dismissProblem}
                    >
                      {words.documents.ui.dismiss}
                    </button>
                  </p>
                </Notice>
              )}
              <form
                className="document-form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void actions.download();
                }}
              >
                {id === 'platform-notice' ? (
                  <NoticeLanguageChoice party={party} value={details.noticeLanguage} />
                ) : null}
                {fields.map((spec) => (
                  <DocumentField
                    key={spec.field}
                    spec={spec}
                    party={party}
                    details={details}
                    invalid={tried > 0 && missing.includes(spec.field)}
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
          {words.documents.ui.previewTitle}
        </h2>
        <p className="hint no-print">{words.documents.ui.previewHint}</p>
        {/* The letters are French whatever the screens' language: they go to French readers. The
            DSA notice alone may be in English (its own choice above): the wrapper says which. */}
        <div lang={doc.lang.split('-')[0]}>
          <DocView doc={doc} headingId={`${previewId}-doc`} />
        </div>
      </section>

      <DocumentActions actions={actions} missing={{ fields: missing, tried }} />

      <section aria-labelledby="document-sources" className="no-print">
        <h2 id="document-sources">{words.documents.ui.sourcesTitle}</h2>
        <SourcesList ids={documentSources(id, page.sources, ctx)} />
      </section>
    </article>
  );
}
