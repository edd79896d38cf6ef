import fc from 'fast-check';
import type { Answers, QuestionId } from '../../src/engine/index.ts';
import { OPTIONS, STEP_IDS } from '../../src/engine/index.ts';

const QUESTION_IDS = Object.keys(OPTIONS) as QuestionId[];

/** Any valid answer set: each question answered or not, any option, any steps marked done. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    ...Object.fromEntries(
      QUESTION_IDS.map((q) => [
        q,
        q === 'contentKinds'
          ? fc.uniqueArray(fc.constantFrom(...OPTIONS.contentKinds), { minLength: 1 })
          : fc.constantFrom(...(OPTIONS[q] as readonly string[])),
      ]),
    ),
    done: fc.uniqueArray(fc.constantFrom(...STEP_IDS)),
  },
  { requiredKeys: [] },
);

/** A random option for one question, as the UI would record it. */
export const answerFor = (q: QuestionId): fc.Arbitrary<unknown> =>
  q === 'contentKinds'
    ? fc.uniqueArray(fc.constantFrom(...OPTIONS.contentKinds), { minLength: 1 })
    : fc.constantFrom(...(OPTIONS[q] as readonly string[]));

export { QUESTION_IDS };

/** Freezes an object and everything inside it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
