import type { StepId } from '../model/answers.ts';
import type { SourceId } from '../model/catalog.ts';

/**
 * What happens after a report is sent (issue 14): the person logs each report they made, and the
 * plan follows it instead of asking them to remember. Only delays the fact base states firmly
 * are dated; a platform has no fixed legal delay (fact: removal.no-fixed-deadline), PHAROS and the
 * school none either, so their reports wait without a date.
 */

/** What the person reported, and to whom. */
export const REPORT_KINDS = ['platform', 'pharos', 'complaint', 'erasure', 'school'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** How a report was answered. */
export const ANSWER_OUTCOMES = [
  /** Removed, erased, registered: what was asked was done. */
  'done',
  /** Refused, or the complaint was closed without action (classement sans suite). */
  'refused',
] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

/** What to do next when a report was refused or got no answer in time. */
export const ESCALATION_IDS = [
  /**
   * After a simple complaint, 3 months without news or a closure: a complaint with civil-party
   * status before the investigating judge (fact: complaint.partie-civile-doyen).
   */
  'civil-party',
  /** No erasure, or no answer, within a month: a complaint to the CNIL (fact: erasure.delay-and-cnil). */
  'cnil-complaint',
  /**
   * A platform refused: its internal complaint system, a certified out-of-court body, the judge
   * (fact: dsa.decision-and-appeals, dsa.small-platforms-exempt).
   */
  'platform-appeal',
] as const;
export type EscalationId = (typeof ESCALATION_IDS)[number];

interface FollowUpRule {
  /** The plan's step the report belongs to. */
  readonly step: StepId;
  /** Months after sending past which silence calls for `late`; null: no dated delay. */
  readonly months: number | null;
  readonly late: EscalationId | null;
  readonly refused: EscalationId | null;
  readonly sources: readonly SourceId[];
}

export const FOLLOW_UP_RULES: Readonly<Record<ReportKind, FollowUpRule>> = {
  platform: {
    step: 'request-removal',
    months: null,
    late: null,
    refused: 'platform-appeal',
    sources: ['dsa-art-16', 'lcen-6-3', 'dsa-ods', 'dsa-art-19'],
  },
  pharos: {
    step: 'report-pharos',
    months: null,
    late: null,
    refused: null,
    sources: ['sp-r17674'],
  },
  complaint: {
    step: 'file-complaint',
    months: 3,
    late: 'civil-party',
    refused: 'civil-party',
    sources: ['cpp-85'],
  },
  erasure: {
    step: 'request-removal',
    months: 1,
    late: 'cnil-complaint',
    refused: 'cnil-complaint',
    sources: ['lil-art-51'],
  },
  school: {
    step: 'file-complaint',
    months: null,
    late: null,
    refused: null,
    sources: ['education-l111-6'],
  },
};
