import type { QuestionId } from '../model/answers.ts';
import type { Condition } from '../model/condition.ts';
import { ALWAYS, all, is, not, ON_BEHALF_OF_TARGET, PERSONAL_DATA, WITNESS } from './conditions.ts';

export interface QuestionRule {
  readonly id: QuestionId;
  /** Several options may be chosen (checkboxes) instead of one (radios). */
  readonly multiple: boolean;
  /** The question is asked only when this holds: an answer that cannot change the plan is not asked. */
  readonly asked: Condition;
}

/**
 * The questions, in the order they are asked. `role` comes first, then `danger`, so that
 * immediate danger is known before anything else.
 */
export const QUESTIONS: readonly QuestionRule[] = [
  { id: 'role', multiple: false, asked: ALWAYS },
  { id: 'danger', multiple: false, asked: ALWAYS },
  { id: 'age', multiple: false, asked: ALWAYS },
  { id: 'contentKinds', multiple: true, asked: ALWAYS },
  // A minor has the right to erasure already; an adult (or an age not given) has it too for data
  // published while under 18, so they are asked, when the content is their data or image
  // (fact: erasure.any-age-for-data-published-while-minor).
  {
    id: 'publishedWhileMinor',
    multiple: false,
    asked: all(ON_BEHALF_OF_TARGET, is('age', 'adult', 'unknown'), PERSONAL_DATA),
  },
  { id: 'frequency', multiple: false, asked: ALWAYS },
  { id: 'visibility', multiple: false, asked: ALWAYS },
  // A witness of public content reports it whoever wrote it; the author matters otherwise
  // (complaint against a named person or "contre X", PHAROS for an anonymous stranger).
  { id: 'author', multiple: false, asked: not(all(WITNESS, is('visibility', 'public'))) },
  // Context adds the school report, 3919 or workplace help: all for the person targeted.
  { id: 'context', multiple: false, asked: not(WITNESS) },
  { id: 'evidence', multiple: false, asked: ALWAYS },
  { id: 'platformReport', multiple: false, asked: ALWAYS },
  // Only the person targeted or their legal representatives file a complaint.
  { id: 'complaint', multiple: false, asked: not(WITNESS) },
  // Time limits matter only for a complaint still to be filed.
  { id: 'lastAct', multiple: false, asked: all(not(WITNESS), not(is('complaint', 'filed'))) },
];
