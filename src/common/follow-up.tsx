import './follow-up.css';
import { Link } from 'react-router';
import type { FollowUp, SentReport } from '../engine/index.ts';
import { followUpOf } from '../engine/index.ts';
import { fill } from '../i18n/voice.ts';
import { words } from '../i18n/words.ts';
import { formatDay } from './format.ts';

/** Where a report stands, in words: its status, and what to do next when there is something. */
export function followUpWords(
  report: SentReport,
  followUp: FollowUp,
): { readonly status: string; readonly next: string | null; readonly note: string | null } {
  const w = words.tracker;
  const due = followUp.due === null ? '' : formatDay(followUp.due);
  const on = report.answer === null ? '' : formatDay(report.answer.on);
  const status = {
    waiting: followUp.due === null ? w.status.waiting : fill(w.status.waitingUntil, { due }),
    late: fill(w.status.late, { due }),
    done: fill(w.status.done, { on }),
    refused: fill(w.status.refused, { on }),
  }[followUp.status];
  return {
    status,
    next: followUp.next === null ? null : w.next[followUp.next],
    // While a report waits: a platform has no legal delay, PHAROS does not always answer.
    note:
      followUp.status !== 'waiting'
        ? null
        : report.kind === 'platform'
          ? w.noDelay
          : report.kind === 'pharos'
            ? w.pharosNote
            : null,
  };
}

/** A report's status and next step, with a link to its step of the plan: on /suivi and the plan. */
export function FollowUpLines({
  report,
  today,
}: {
  readonly report: SentReport;
  readonly today: string;
}) {
  const followUp = followUpOf(report, today);
  const { status, next, note } = followUpWords(report, followUp);
  return (
    <>
      <p data-status={followUp.status}>
        <strong>{status}</strong>
        {note === null ? null : ` ${note}`}
      </p>
      {next === null ? null : (
        <p>
          {next} <Link to={`/plan/${followUp.step}`}>{words.tracker.toStep}</Link>
        </p>
      )}
    </>
  );
}
