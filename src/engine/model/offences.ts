import type { QuestionId } from './answers.ts';
import type { OffenceId, SourceId } from './catalog.ts';

/**
 * An offence the facts may constitute: what a notice to a platform or a letter to the procureur
 * names. It is a qualification to put forward, not a finding of guilt.
 */
export interface OffenceFinding {
  readonly id: OffenceId;
  /** The answered questions the finding rests on, e.g. `['frequency', 'context', 'age']`. */
  readonly because: readonly QuestionId[];
  /** The texts that define and punish the offence. */
  readonly sources: readonly SourceId[];
}
