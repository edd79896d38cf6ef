import type { Answers, StepId } from '../model/answers.ts';
import type { SourceId } from '../model/catalog.ts';
import type { AnswerOutcome, EscalationId, ReportKind } from '../rules/follow-ups.ts';
import { FOLLOW_UP_RULES } from '../rules/follow-ups.ts';
import { addMonths } from './deadlines.ts';

/** A report the person logged: what, when it was sent, and the answer if one came. */
export interface SentReport {
  readonly kind: ReportKind;
  /** The day it was sent (`YYYY-MM-DD`). */
  readonly sentOn: string;
  readonly answer: { readonly on: string; readonly outcome: AnswerOutcome } | null;
}

/**
 * Where a report stands:
 * - `waiting`: no answer yet, and no dated delay has run out (`due` says until when, if dated);
 * - `late`: no answer and its delay ran out on `due`: `next` is what the person may do now;
 * - `done`: answered, what was asked was done;
 * - `refused`: answered with a refusal (or a closure): `next` is the way to contest, if any.
 */
export interface FollowUp {
  readonly status: 'waiting' | 'late' | 'done' | 'refused';
  /** The day silence calls for `next` (`YYYY-MM-DD`), for a kind with a dated delay. */
  readonly due: string | null;
  readonly next: EscalationId | null;
  /** What silence past `due` opens (for a kind with a dated delay), whatever the status now. */
  readonly ifLate: EscalationId | null;
  /** The plan's step the report belongs to. */
  readonly step: StepId;
  readonly sources: readonly SourceId[];
}

/**
 * Where a report stands on `today` (`YYYY-MM-DD`). Pure: reads its inputs only. The delay runs
 * out on the same day of the month, months after sending (the month's last day when it has no
 * such day): from that day on, the report is `late`.
 */
export function followUpOf(report: SentReport, today: string): FollowUp {
  const rule = FOLLOW_UP_RULES[report.kind];
  const due = rule.months === null ? null : addMonths(report.sentOn, rule.months);
  const base = { due, ifLate: rule.late, step: rule.step, sources: rule.sources };
  if (report.answer !== null) {
    return report.answer.outcome === 'done'
      ? { ...base, status: 'done', next: null }
      : { ...base, status: 'refused', next: rule.refused };
  }
  if (due !== null && due <= today) return { ...base, status: 'late', next: rule.late };
  return { ...base, status: 'waiting', next: null };
}

/** The report of this kind sent last (the latest answer of the person's own record), if any. */
function latest(reports: readonly SentReport[], kind: ReportKind): SentReport | undefined {
  return reports
    .filter((report) => report.kind === kind)
    .reduce<SentReport | undefined>(
      (last, report) => (last === undefined || report.sentOn >= last.sentOn ? report : last),
      undefined,
    );
}

/**
 * The answers as the reports logged complete them, so that the plan follows what was done
 * instead of asking the person to remember: a platform report logged says the content was
 * reported (`pending`), and its answer whether it was `removed` or `refused` (an answer logged
 * wins over the questionnaire's, a report without answer only over "not done" or no answer); a
 * complaint logged says it was `filed`. Pure: returns new answers, never mutates its inputs.
 */
export function withReports(answers: Answers, reports: readonly SentReport[]): Answers {
  let next = answers;
  const platform = latest(reports, 'platform');
  if (platform !== undefined) {
    const known =
      platform.answer === null
        ? 'pending'
        : platform.answer.outcome === 'done'
          ? 'removed'
          : 'refused';
    const unknown = answers.platformReport === undefined || answers.platformReport === 'not-done';
    if (known !== 'pending' || unknown) next = { ...next, platformReport: known };
  }
  if (latest(reports, 'complaint') !== undefined) next = { ...next, complaint: 'filed' };
  return next;
}
