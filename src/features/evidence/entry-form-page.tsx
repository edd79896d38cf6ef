import type { SyntheticEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ContentKind } from '../../engine/index.ts';
import { CONTENT_KINDS, attachmentPolicy } from '../../engine/index.ts';
import { journalText as t } from '../../content/fr/journal.ts';
import { PLATFORMS, PLATFORM_IDS } from '../../content/fr/platforms.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import type { AttachmentMeta, JournalEntry } from '../../lib/journal/model.ts';
import { LIMITS } from '../../lib/journal/model.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useJournal } from '../../stores/journal.ts';
import { EntryNotFound, JournalWaiting } from './journal-states.tsx';
import { describeFiles } from './attachments.ts';
import { messageOf } from './journal-problem.tsx';
import { formatBytes } from '../../common/format.ts';
import { kindLabel } from '../../common/kind-label.ts';
import './evidence.css';

interface Draft {
  date: string;
  time: string;
  approximate: boolean;
  platform: string;
  where: string;
  url: string;
  conversation: string;
  author: string;
  kinds: ContentKind[];
  description: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function emptyDraft(now: Date): Draft {
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: '',
    approximate: false,
    platform: 'instagram',
    where: '',
    url: '',
    conversation: '',
    author: '',
    kinds: [],
    description: '',
  };
}

function draftOf(entry: JournalEntry): Draft {
  return {
    date: entry.occurredAt.slice(0, 10),
    time: entry.occurredAt.slice(11, 16),
    approximate: entry.approximate,
    platform: entry.platform,
    where: entry.where,
    url: entry.url,
    conversation: entry.conversation,
    author: entry.author,
    kinds: [...entry.kinds],
    description: entry.description,
  };
}

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
  const [errors, setErrors] = useState<string[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
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
    const accepted: File[] = [];
    const refused: string[] = [];
    for (const file of Array.from(files ?? [])) {
      if (file.size > LIMITS.maxAttachmentBytes) {
        refused.push(
          fill(t.entry.errorFileTooBig, {
            name: file.name,
            max: formatBytes(LIMITS.maxAttachmentBytes),
          }),
        );
      } else accepted.push(file);
    }
    setFileErrors(refused);
    setAdded((a) => [...a, ...accepted]);
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = [
      ...(draft.date === '' ? [v(t.entry.errorOccurredAt)] : []),
      ...(draft.kinds.length === 0 ? [v(t.entry.errorKinds)] : []),
      ...(mustConfirm ? [v(t.entry.errorConfirmNoIntimateImage)] : []),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    void (async () => {
      try {
        await saveDraft();
      } catch {
        // A file that can no longer be read (moved, deleted) or a refused entry: say so, keep the form.
        setErrors([v(t.entry.errorSaveFailed)]);
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
    const entry: JournalEntry = {
      id: existing?.id ?? crypto.randomUUID(),
      occurredAt: draft.time === '' ? draft.date : `${draft.date}T${draft.time}`,
      approximate: draft.approximate,
      capturedAt: base?.capturedAt ?? existing?.capturedAt ?? now,
      updatedAt: now,
      platform: draft.platform,
      where: draft.where.trim(),
      url: draft.url.trim(),
      conversation: draft.conversation.trim(),
      author: draft.author.trim(),
      kinds: CONTENT_KINDS.filter((k) => draft.kinds.includes(k)),
      description: draft.description.trim(),
      attachments: [...keptFiles, ...newFiles.map((f) => f.meta)],
    };
    const removed = (base?.attachments ?? [])
      .filter((a) => !keptFiles.some((k) => k.id === a.id))
      .map((a) => a.id);
    const result = await save(entry, newFiles, removed, base?.updatedAt ?? null);
    if (result.ok) {
      void navigate(`/preuves/${entry.id}`, { state: { saved: true } });
      return;
    }
    if (result.problem === 'conflict') {
      const latest = useJournal.getState().entries.find((e) => e.id === entry.id);
      setConflict(latest === undefined ? 'deleted' : 'changed');
      setErrors([]);
    } else setErrors([v(messageOf(result.problem))]);
  };

  /**
   * Carries this form's words over to the stored version: its files are kept (the other tab's
   * additions included), minus the ones removed here; files added here stay selected.
   */
  const rebase = () => {
    const latest = useJournal.getState().entries.find((e) => e.id === existing?.id) ?? null;
    const removedHere = new Set(
      (base?.attachments ?? []).filter((a) => !kept.some((k) => k.id === a.id)).map((a) => a.id),
    );
    setKept(latest === null ? [] : latest.attachments.filter((a) => !removedHere.has(a.id)));
    setBase(latest);
    setConflict('merged');
  };

  const title = existing === undefined ? t.entry.newTitle : t.entry.editTitle;
  const field = (name: string) => `${uid}-${name}`;

  return (
    <>
      <p>
        <Link
          className="back-link"
          to={existing === undefined ? '/preuves' : `/preuves/${existing.id}`}
        >
          {t.entry.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>{t.entry.errorsTitle}</h2>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {conflict === 'changed' || conflict === 'deleted' ? (
        <Notice tone="warning" role="alert">
          <p>{v(conflict === 'changed' ? t.entry.conflict : t.entry.conflictDeleted)}</p>
          <p className="actions">
            <button type="button" className="button" onClick={rebase}>
              {conflict === 'changed' ? t.entry.conflictMerge : t.entry.conflictRecreate}
            </button>
            {conflict === 'changed' && existing !== undefined ? (
              <Link className="button button--secondary" to={`/preuves/${existing.id}`}>
                {t.entry.conflictReload}
              </Link>
            ) : null}
          </p>
        </Notice>
      ) : null}
      {conflict === 'merged' ? <p role="status">{v(t.entry.conflictMerged)}</p> : null}
      <form onSubmit={onSubmit} noValidate className="entry-form">
        <fieldset>
          <legend>{t.entry.occurredAt}</legend>
          <div className="field-row">
            <p className="field">
              <label htmlFor={field('date')}>{t.entry.date}</label>
              <input
                id={field('date')}
                type="date"
                required
                value={draft.date}
                aria-invalid={errors.includes(v(t.entry.errorOccurredAt))}
                onChange={(e) => {
                  set('date', e.target.value);
                }}
              />
            </p>
            <p className="field">
              <label htmlFor={field('time')}>{v(t.entry.time)}</label>
              <input
                id={field('time')}
                type="time"
                value={draft.time}
                onChange={(e) => {
                  set('time', e.target.value);
                }}
              />
            </p>
          </div>
          <div className="choice">
            <input
              id={field('approximate')}
              type="checkbox"
              checked={draft.approximate}
              onChange={(e) => {
                set('approximate', e.target.checked);
              }}
            />
            <label htmlFor={field('approximate')}>{t.entry.approximate}</label>
          </div>
        </fieldset>

        <p className="field">
          <label htmlFor={field('platform')}>{t.entry.platform}</label>
          <select
            id={field('platform')}
            value={draft.platform}
            onChange={(e) => {
              set('platform', e.target.value);
            }}
          >
            {PLATFORM_IDS.map((id) => (
              <option key={id} value={id}>
                {PLATFORMS[id].name}
              </option>
            ))}
            <option value="other">{t.entry.platformOther}</option>
          </select>
        </p>
        <TextField
          id={field('where')}
          maxLength={LIMITS.maxWhereLength}
          label={t.entry.where}
          value={draft.where}
          onChange={(x) => {
            set('where', x);
          }}
        />
        <TextField
          id={field('url')}
          maxLength={LIMITS.maxUrlLength}
          label={t.entry.url}
          hint={v(t.entry.urlHint)}
          value={draft.url}
          inputMode="url"
          onChange={(x) => {
            set('url', x);
          }}
        />
        <TextField
          id={field('conversation')}
          maxLength={LIMITS.maxConversationLength}
          label={t.entry.conversation}
          value={draft.conversation}
          onChange={(x) => {
            set('conversation', x);
          }}
        />
        <TextField
          id={field('author')}
          maxLength={LIMITS.maxAuthorLength}
          label={t.entry.author}
          hint={v(t.entry.authorHint)}
          value={draft.author}
          onChange={(x) => {
            set('author', x);
          }}
        />

        <fieldset aria-invalid={errors.includes(v(t.entry.errorKinds))}>
          <legend>{t.entry.kinds}</legend>
          <div className="choices choices--compact">
            {CONTENT_KINDS.map((kind) => (
              <div className="choice" key={kind}>
                <input
                  id={field(`kind-${kind}`)}
                  type="checkbox"
                  value={kind}
                  checked={draft.kinds.includes(kind)}
                  onChange={(e) => {
                    set(
                      'kinds',
                      e.target.checked
                        ? [...draft.kinds, kind]
                        : draft.kinds.filter((k) => k !== kind),
                    );
                  }}
                />
                <label htmlFor={field(`kind-${kind}`)}>{kindLabel(kind, v)}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <p className="field">
          <label htmlFor={field('description')}>{t.entry.description}</label>
          <span id={field('description-hint')} className="hint">
            {t.entry.descriptionHint}
          </span>
          <textarea
            id={field('description')}
            rows={5}
            maxLength={LIMITS.maxDescriptionLength}
            value={draft.description}
            aria-describedby={field('description-hint')}
            onChange={(e) => {
              set('description', e.target.value);
            }}
          />
        </p>

        {forbidden ? (
          <Notice tone="danger" title={t.refused.title} role="status">
            <p>{v(t.refused.text)}</p>
          </Notice>
        ) : (
          <div className="field">
            {policy === 'confirm-no-intimate-image' ? (
              <div className="choice">
                <input
                  id={field('no-intimate-image')}
                  type="checkbox"
                  checked={confirmed}
                  aria-invalid={errors.includes(v(t.entry.errorConfirmNoIntimateImage))}
                  aria-describedby={field('no-intimate-image-hint')}
                  onChange={(e) => {
                    setConfirmed(e.target.checked);
                  }}
                />
                <label htmlFor={field('no-intimate-image')}>{t.entry.confirmNoIntimateImage}</label>
                <span id={field('no-intimate-image-hint')} className="choice__hint">
                  {v(t.entry.confirmNoIntimateImageHint)}
                </span>
              </div>
            ) : null}
            <label htmlFor={field('files')}>{t.entry.attachments}</label>
            <span id={field('files-hint')} className="hint">
              {t.entry.attachmentsHint}
            </span>
            <input
              id={field('files')}
              type="file"
              multiple
              accept="image/*,video/*,audio/*,application/pdf,text/plain,.txt,.zip,.html,.json"
              aria-describedby={field('files-hint')}
              onChange={(e) => {
                onFiles(e.target.files);
                e.target.value = '';
              }}
            />
            {fileErrors.map((message) => (
              <p key={message} className="error-message" role="alert">
                {message}
              </p>
            ))}
            <ul className="files">
              {kept.map((a) => (
                <li key={a.id}>
                  {a.name} ({formatBytes(a.size)}){' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setKept((k) => k.filter((x) => x.id !== a.id));
                    }}
                  >
                    {t.entry.removeFile}
                    <span className="visually-hidden"> {a.name}</span>
                  </button>
                </li>
              ))}
              {added.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  {file.name} ({formatBytes(file.size)}){' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setAdded((a) => a.filter((_, i) => i !== index));
                    }}
                  >
                    {t.entry.removeFile}
                    <span className="visually-hidden"> {file.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.entry.saving : t.entry.save}
          </button>
          <Link className="button button--secondary" to="/preuves">
            {t.entry.cancel}
          </Link>
        </p>
      </form>
    </>
  );
}
