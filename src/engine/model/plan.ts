import type { QuestionId, StepId } from './answers.ts';
import type { ActionId, ContactId, DocumentId, ReasonId, SourceId, WarningId } from './catalog.ts';

/** Why a step is (or is not) in the plan, naming the answers that led there. */
export interface Reason {
  readonly id: ReasonId;
  readonly because: readonly QuestionId[];
}

export type StepStatus = 'todo' | 'done' | 'not-applicable';

export interface PlanStep {
  readonly id: StepId;
  readonly status: StepStatus;
  readonly reasons: readonly Reason[];
  readonly actions: readonly ActionId[];
  /** The first actions of `actions` that must be read before anything else (never folded away). */
  readonly urgent: readonly ActionId[];
  readonly sources: readonly SourceId[];
}

export interface Plan {
  /** All six steps, always in the order of `STEP_IDS`. */
  readonly steps: readonly PlanStep[];
  /** The first step whose status is `todo`, or null when nothing is left to do. */
  readonly next: StepId | null;
  readonly contacts: readonly ContactId[];
  readonly documents: readonly DocumentId[];
  readonly warnings: readonly WarningId[];
  /** Questions that apply but are not answered yet: while any is missing the plan is provisional. */
  readonly missing: readonly QuestionId[];
}
