import { useId, useState } from 'react';
import type { ReportKind } from '../../engine/index.ts';
import { ANSWER_OUTCOMES, REPORT_KINDS } from '../../engine/index.ts';
import { formatDay } from '../../common/format.ts';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';
import type { TrackedReport } from '../../stores/tracker.ts';
import { MAX_REASONS, MAX_SHORT_TEXT } from '../../stores/tracker.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { Field } from '../../ui/field.tsx';
import { useFocusOnChange } from '../../ui/focus-on-change.ts';
import { TextField } from '../../ui/text-field.tsx';
import type { DraftProblem, ReportDraft } from './report-draft.ts';
import { draftOf, emptyDraft, problemsOf, reportOf } from './report-draft.ts';

interface Props {
  /** The report being changed, or null for a new one. */
  readonly editing: TrackedReport | null;
  /** A new report's kind. */
  readonly kind: ReportKind;
  readonly today: string;
  /** Reports kept besides this one. */
  readonly count: number;
  readonly onSave: (report: TrackedReport) => void;
  readonly onCancel: () => void;
}

/** The form that notes a report, or records the answer to one; thin over `report-draft.ts`. */
export function ReportForm({ editing, kind, today, count, onSave, onCancel }: Props) {
  const f = words.tracker.form;
  const id = useId();
  const [draft, setDraft] = useState<ReportDraft>(() =>
    editing === null ? emptyDraft(kind, today) : draftOf(editing),
  );
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const summaryRef = useFocusOnChange<HTMLDivElement>(problems.length > 0 ? problems : null);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(editing);
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const invalid = (...ids: DraftProblem[]) => problems.some((p) => ids.includes(p)) || undefined;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {editing === null ? f.addTitle : fill(f.editTitle, { date: formatDay(editing.sentOn) })}
      </h2>
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>{f.problemsTitle}</h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{f.problems[problem]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = problemsOf(draft, today, count);
          setProblems(found);
          if (found.length === 0) onSave(reportOf(draft, editing?.id ?? crypto.randomUUID()));
        }}
      >
        <Field id={`${id}-kind`} label={f.kind}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(e) => {
                set('kind', e.target.value as ReportKind);
              }}
            >
              {REPORT_KINDS.map((option) => (
                <option key={option} value={option}>
                  {words.tracker.kinds[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-sent`} label={f.sentOn} hint={f.sentOnHint}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              max={today}
              value={draft.sentOn}
              aria-invalid={invalid('sent-on', 'sent-on-future')}
              onChange={(e) => {
                set('sentOn', e.target.value);
              }}
            />
          )}
        </Field>
        <TextField
          id={`${id}-to`}
          label={f.to}
          hint={f.toHint}
          value={draft.to}
          maxLength={MAX_SHORT_TEXT}
          onChange={(value) => {
            set('to', value);
          }}
        />
        <TextField
          id={`${id}-reference`}
          label={f.reference}
          hint={f.referenceHint}
          value={draft.reference}
          maxLength={MAX_SHORT_TEXT}
          onChange={(value) => {
            set('reference', value);
          }}
        />
        <CheckField
          id={`${id}-answered`}
          label={f.answered}
          hint={f.answeredHint}
          checked={draft.answered}
          onChange={(checked) => {
            set('answered', checked);
          }}
        />
        {draft.answered ? (
          <>
            <Field id={`${id}-answer-on`} label={f.answerOn}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  max={today}
                  value={draft.answerOn}
                  aria-invalid={invalid('answer-on', 'answer-before-sent', 'answer-future')}
                  onChange={(e) => {
                    set('answerOn', e.target.value);
                  }}
                />
              )}
            </Field>
            <fieldset aria-invalid={invalid('outcome')}>
              <legend>{f.outcome}</legend>
              {ANSWER_OUTCOMES.map((outcome) => (
                <p key={outcome} className="field field--check">
                  <input
                    type="radio"
                    id={`${id}-outcome-${outcome}`}
                    name={`${id}-outcome`}
                    checked={draft.outcome === outcome}
                    onChange={() => {
                      set('outcome', outcome);
                    }}
                  />
                  <label htmlFor={`${id}-outcome-${outcome}`}>{f.outcomes[outcome]}</label>
                </p>
              ))}
            </fieldset>
            <Field id={`${id}-reasons`} label={f.reasons} hint={f.reasonsHint}>
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  maxLength={MAX_REASONS}
                  value={draft.reasons}
                  onChange={(e) => {
                    set('reasons', e.target.value);
                  }}
                />
              )}
            </Field>
          </>
        ) : null}
        <p className="actions">
          <button type="submit" className="button">
            {f.save}
          </button>
          {editing === null ? null : (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {f.cancel}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
