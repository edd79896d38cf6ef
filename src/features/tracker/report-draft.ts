import type { AnswerOutcome, ReportKind } from '../../engine/index.ts';
import { isLocalDay } from '../../lib/journal/model.ts';
import type { TrackedReport } from '../../stores/tracker.ts';
import { MAX_REPORTS } from '../../stores/tracker.ts';

/**
 * The report form's state and checks, without a DOM (issue 14): what the person typed, the
 * problems that keep it from being saved (ids, worded by the screen), and the report it makes.
 */
export interface ReportDraft {
  readonly kind: ReportKind;
  /** `YYYY-MM-DD` from the date input, or `''`. */
  readonly sentOn: string;
  readonly to: string;
  readonly reference: string;
  readonly answered: boolean;
  readonly answerOn: string;
  readonly outcome: AnswerOutcome | null;
  readonly reasons: string;
}

export type DraftProblem =
  | 'sent-on'
  | 'sent-on-future'
  | 'answer-on'
  | 'answer-before-sent'
  | 'answer-future'
  | 'outcome'
  | 'too-many';

/** A new report of this kind, sent today. */
export const emptyDraft = (kind: ReportKind, today: string): ReportDraft => ({
  kind,
  sentOn: today,
  to: '',
  reference: '',
  answered: false,
  answerOn: '',
  outcome: null,
  reasons: '',
});

/** The form over a saved report. */
export const draftOf = (report: TrackedReport): ReportDraft => ({
  kind: report.kind,
  sentOn: report.sentOn,
  to: report.to,
  reference: report.reference,
  answered: report.answer !== null,
  answerOn: report.answer?.on ?? '',
  outcome: report.answer?.outcome ?? null,
  reasons: report.answer?.reasons ?? '',
});

/**
 * What keeps the draft from being saved on `today`, in the form's order; none when it can be.
 * `count` is how many reports are kept besides this one.
 */
export function problemsOf(draft: ReportDraft, today: string, count: number): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!isLocalDay(draft.sentOn)) problems.push('sent-on');
  else if (draft.sentOn > today) problems.push('sent-on-future');
  if (draft.answered) {
    if (!isLocalDay(draft.answerOn)) problems.push('answer-on');
    else if (draft.answerOn > today) problems.push('answer-future');
    else if (isLocalDay(draft.sentOn) && draft.answerOn < draft.sentOn)
      problems.push('answer-before-sent');
    if (draft.outcome === null) problems.push('outcome');
  }
  if (count >= MAX_REPORTS) problems.push('too-many');
  return problems;
}

/** The report a valid draft makes (texts trimmed; no answer unless one came). */
export function reportOf(draft: ReportDraft, id: string): TrackedReport {
  return {
    id,
    kind: draft.kind,
    sentOn: draft.sentOn,
    to: draft.to.trim(),
    reference: draft.reference.trim(),
    answer:
      draft.answered && draft.outcome !== null
        ? { on: draft.answerOn, outcome: draft.outcome, reasons: draft.reasons.trim() }
        : null,
  };
}
