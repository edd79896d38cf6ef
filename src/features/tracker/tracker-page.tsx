import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportKind } from '../../engine/index.ts';
import { REPORT_KINDS } from '../../engine/index.ts';
import { FollowUpLines } from '../../common/follow-up.tsx';
import { formatDay, localDay } from '../../common/format.ts';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';
import type { TrackedReport, TrackerOutcome } from '../../stores/tracker.ts';
import { useTracker } from '../../stores/tracker.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { useFocusOnChange } from '../../ui/focus-on-change.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { ReportForm } from './report-form.tsx';

/** What the last action gave: said where the person acted. */
type Said =
  | { readonly kind: 'saved' | 'removed' }
  | { readonly kind: 'storage'; readonly problem: 'full' | 'unavailable' };

const saidOf = (outcome: TrackerOutcome, done: 'saved' | 'removed'): Said =>
  outcome.ok ? { kind: done } : { kind: 'storage', problem: outcome.problem };

/**
 * `/suivi`: the reports the person made, where each stands and what to do next (the engine's
 * `followUpOf`), and a form to note one or to record its answer. `?type=complaint` (a kind)
 * opens the form on that kind.
 */
export function TrackerPage() {
  const w = words.tracker;
  const [params] = useSearchParams();
  const reports = useTracker((s) => s.reports);
  const problem = useTracker((s) => s.problem);
  const dismiss = useTracker((s) => s.dismissProblem);
  const [editing, setEditing] = useState<TrackedReport | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const saidRef = useFocusOnChange<HTMLDivElement>(said);
  const asked = params.get('type');
  const kind: ReportKind = (REPORT_KINDS as readonly (string | null)[]).includes(asked)
    ? (asked as ReportKind)
    : 'platform';
  const today = localDay();

  return (
    <>
      <PageHeading>{w.title}</PageHeading>
      <p className="lead">{w.lead}</p>
      {problem === 'unreadable' ? (
        <Notice tone="warning" role="alert">
          <p>{w.storage.unreadable}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={dismiss}>
              {w.storage.dismiss}
            </button>
          </p>
        </Notice>
      ) : null}
      <div ref={saidRef} tabIndex={-1}>
        {said === null ? null : said.kind === 'storage' ? (
          <Notice tone="warning" role="alert">
            <p>{w.storage[said.problem]}</p>
          </Notice>
        ) : (
          <p role="status">{said.kind === 'saved' ? w.saved : w.removed}</p>
        )}
      </div>

      <section aria-labelledby="tracker-list">
        <h2 id="tracker-list">{w.listTitle}</h2>
        {reports.length === 0 ? <p>{w.empty}</p> : null}
        <ul className="tracker">
          {reports.map((report) => (
            <li key={report.id} className="tracker__item" data-report={report.kind}>
              <h3>{w.kinds[report.kind]}</h3>
              <p>
                {fill(w.sentOn, { date: formatDay(report.sentOn) })}
                {report.to === '' ? null : (
                  <>
                    <br />
                    {fill(w.to, { to: report.to })}
                  </>
                )}
                {report.reference === '' ? null : (
                  <>
                    <br />
                    {fill(w.reference, { reference: report.reference })}
                  </>
                )}
              </p>
              <FollowUpLines report={report} today={today} />
              {report.answer === null || report.answer.reasons === '' ? null : (
                <p className="pre">{fill(w.reasons, { reasons: report.answer.reasons })}</p>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setSaid(null);
                    setEditing(report);
                  }}
                >
                  {w.edit}
                  <span className="visually-hidden"> — {w.kinds[report.kind]}</span>
                </button>
                <ConfirmAction
                  label={w.remove}
                  question={fill(w.removeQuestion, {
                    kind: w.kinds[report.kind],
                    date: formatDay(report.sentOn),
                  })}
                  confirmLabel={w.removeConfirm}
                  cancelLabel={w.cancel}
                  onConfirm={() => {
                    if (editing?.id === report.id) setEditing(null);
                    setSaid(saidOf(useTracker.getState().remove(report.id), 'removed'));
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <ReportForm
        // A new form for each report edited, for each kind a link asks for, and after each save.
        key={editing?.id ?? `new-${kind}-${String(reports.length)}`}
        editing={editing}
        kind={kind}
        today={today}
        count={reports.length - (editing === null ? 0 : 1)}
        onSave={(report) => {
          setSaid(saidOf(useTracker.getState().save(report), 'saved'));
          setEditing(null);
        }}
        onCancel={() => {
          setEditing(null);
        }}
      />
    </>
  );
}
