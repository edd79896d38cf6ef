import type { SyntheticEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { attachmentPolicy } from '../../engine/index.ts';
import { useVoice } from '../../i18n/context.tsx';
import type { AttachmentMeta, JournalEntry } from '../../lib/journal/model.ts';
import { LIMITS } from '../../lib/journal/model.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useJournal } from '../../stores/journal.ts';
import { EntryNotFound, JournalWaiting } from './journal-states.tsx';
import { describeFiles } from './attachments.ts';
import { entryProblemText } from './journal-problem.tsx';
import type { Draft, EntryProblem } from './entry-draft.ts';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  entryOf,
  intake,
  rebasedFiles,
  removedFiles,
} from './entry-draft.ts';
import { EntryFields } from './entry-fields.tsx';
import { EntryFiles } from './entry-files.tsx';
import './evidence.css';
import { words } from '../../i18n/words.ts';

/** `/preuves/nouveau` and `/preuves/:entryId/modifier`: note an act in under a minute. */
export function EntryFormPage() {
  const { entryId } = useParams();
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  const open = useJournal((s) => s.open);
  useEffect(() => {
    void open();
  }, [open]);
  if (status !== 'ready') return <JournalWaiting />;
  const existing = entryId === undefined ? undefined : entries.find((e) => e.id === entryId);
  if (entryId !== undefined && existing === undefined) return <EntryNotFound />;
  return <EntryForm key={entryId ?? 'new'} existing={existing} />;
}

function EntryForm({ existing }: { existing: JournalEntry | undefined }) {
  const v = useVoice();
  const navigate = useNavigate();
  const uid = useId();
  const answers = useAnswers((s) => s.answers);
  const save = useJournal((s) => s.save);
  const [draft, setDraft] = useState<Draft>(() =>
    existing === undefined ? emptyDraft(new Date()) : draftOf(existing),
  );
  // The stored version this form edits (`null`: none). A save is refused if it changed meanwhile.
  const [base, setBase] = useState<JournalEntry | null>(existing ?? null);
  const [kept, setKept] = useState<readonly AttachmentMeta[]>(existing?.attachments ?? []);
  const [conflict, setConflict] = useState<'changed' | 'deleted' | 'merged' | null>(null);
  const [added, setAdded] = useState<File[]>([]);
  const [errors, setErrors] = useState<readonly EntryProblem[]>([]);
  const [tooBig, setTooBig] = useState<readonly File[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  // The engine's rule on files (fact: sextortion.copy-ban-images-only): none for child sexual
  // content or intimate images of a possible minor; for sextortion, captures of the blackmail once
  // the person confirms they show no intimate image.
  const policy = attachmentPolicy(answers, draft.kinds);
  const forbidden = policy === 'refuse';
  const mustConfirm = policy === 'confirm-no-intimate-image' && added.length > 0 && !confirmed;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  useEffect(() => {
    if (errors.length > 0) errorRef.current?.focus();
  }, [errors]);

  const onFiles = (files: FileList | null) => {
    const chosen = intake(Array.from(files ?? []), LIMITS.maxAttachmentBytes);
    setTooBig(chosen.tooBig);
    setAdded((a) => [...a, ...chosen.accepted]);
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = draftProblems(draft, mustConfirm);
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    void (async () => {
      try {
        await saveDraft();
      } catch {
        // A file that can no longer be read (moved, deleted) or a refused entry: say so, keep the form.
        setErrors(['save-failed']);
      } finally {
        setBusy(false);
      }
    })();
  };

  const saveDraft = async () => {
    const now = new Date().toISOString();
    // Protected content: no file is ever kept, whatever was selected before.
    const files = forbidden ? [] : added;
    const newFiles = await describeFiles(files, now);
    const keptFiles = forbidden ? [] : kept;
    const entry = entryOf(draft, {
      id: existing?.id ?? crypto.randomUUID(),
      capturedAt: base?.capturedAt ?? existing?.capturedAt ?? now,
      now,
      attachments: [...keptFiles, ...newFiles.map((f) => f.meta)],
      before: base ?? existing ?? null,
    });
    const removed = removedFiles(base?.attachments ?? [], keptFiles);
    const result = await save(entry, newFiles, removed, base?.updatedAt ?? null);
    if (result.ok) {
      void navigate(`/preuves/${entry.id}`, { state: { saved: true } });
      return;
    }
    if (result.problem === 'conflict') {
      const latest = useJournal.getState().entries.find((e) => e.id === entry.id);
      setConflict(latest === undefined ? 'deleted' : 'changed');
      setErrors([]);
    } else setErrors([result.problem]);
  };

  /**
   * Carries this form's words over to the stored version: its files are kept (the other tab's
   * additions included), minus the ones removed here; files added here stay selected.
   */
  const rebase = () => {
    const latest = useJournal.getState().entries.find((e) => e.id === existing?.id) ?? null;
    setKept(rebasedFiles(base?.attachments ?? [], kept, latest?.attachments ?? []));
    setBase(latest);
    setConflict('merged');
  };

  const title =
    existing === undefined ? words.journal.entry.newTitle : words.journal.entry.editTitle;
  const idOf = (name: string) => `${uid}-${name}`;

  return (
    <>
      <p>
        <Link
          className="back-link"
          to={existing === undefined ? '/preuves' : `/preuves/${existing.id}`}
        >
          {words.journal.entry.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>{words.journal.entry.errorsTitle}</h2>
          <ul>
            {errors.map((problem) => (
              <li key={problem}>{v(entryProblemText(problem))}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {conflict === 'changed' || conflict === 'deleted' ? (
        <Notice tone="warning" role="alert">
          <p>
            {v(
              conflict === 'changed'
                ? words.journal.entry.conflict
                : words.journal.entry.conflictDeleted,
            )}
          </p>
          <p className="actions">
            <button type="button" className="button" onClick={rebase}>
              {conflict === 'changed'
                ? words.journal.entry.conflictMerge
                : words.journal.entry.conflictRecreate}
            </button>
            {conflict === 'changed' && existing !== undefined ? (
              <Link className="button button--secondary" to={`/preuves/${existing.id}`}>
                {words.journal.entry.conflictReload}
              </Link>
            ) : null}
          </p>
        </Notice>
      ) : null}
      {conflict === 'merged' ? <p role="status">{v(words.journal.entry.conflictMerged)}</p> : null}
      {/* autoComplete off: Chromium then keeps no copy of what was typed in its session files
          (saved form state), where it would stay in clear whatever the lock does. */}
      <form onSubmit={onSubmit} noValidate autoComplete="off" className="entry-form">
        <EntryFields draft={draft} set={set} errors={errors} idOf={idOf} />
        <EntryFiles
          policy={policy}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          errors={errors}
          kept={kept}
          onRemoveKept={(id) => {
            setKept((k) => k.filter((x) => x.id !== id));
          }}
          added={added}
          onRemoveAdded={(index) => {
            setAdded((a) => a.filter((_, i) => i !== index));
          }}
          tooBig={tooBig}
          onFiles={onFiles}
          idOf={idOf}
        />

        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? words.journal.entry.saving : words.journal.entry.save}
          </button>
          <Link className="button button--secondary" to="/preuves">
            {words.journal.entry.cancel}
          </Link>
        </p>
      </form>
    </>
  );
}
