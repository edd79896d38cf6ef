import type { Answers } from '../model/answers.ts';
import { MINOR } from '../rules/conditions.ts';
import { holds } from './condition.ts';

/** Whether the person concerned is a minor by the answers (under 15, or 15–17). */
export function isMinor(answers: Answers): boolean {
  return holds(MINOR, answers);
}
