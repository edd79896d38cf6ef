import type { Answers, Plan, QuestionId, SourceId, StepId } from '../../src/engine/index.ts';
import { nextQuestion } from '../../src/engine/index.ts';
import { expect } from 'vitest';

/**
 * Matchers that read like the domain: `expect(plan).toRecommend('report-pharos')`,
 * `expect(answers).toAskNext('author')`, `expect(plan).toCite('cpp-15-3')`.
 */
interface PlanMatchers<R = unknown> {
  /** The step is in the plan, still to do. */
  toRecommend: (step: StepId) => R;
  toHaveNext: (step: StepId | null) => R;
  toCite: (source: SourceId) => R;
  toAskNext: (question: QuestionId | null) => R;
}

declare module 'vitest' {
  // vitest's extension point declares `T = any`; the merged declaration must match it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends PlanMatchers<T> {}
}

const statusOf = (plan: Plan, step: StepId) => plan.steps.find((s) => s.id === step)?.status;

const statusMatcher = (expected: string) =>
  function (this: { isNot: boolean }, plan: Plan, step: StepId) {
    const actual = statusOf(plan, step);
    return {
      pass: actual === expected,
      message: () =>
        `expected step "${step}" ${this.isNot ? 'not ' : ''}to be ${expected}, it is ${String(actual)}`,
    };
  };

expect.extend({
  toRecommend: statusMatcher('todo'),
  toHaveNext(plan: Plan, step: StepId | null) {
    return {
      pass: plan.next === step,
      message: () => `expected next step ${String(step)}, got ${String(plan.next)}`,
    };
  },
  toCite(plan: Plan, source: SourceId) {
    const cited = plan.steps.flatMap((s) => s.sources);
    return {
      pass: cited.includes(source),
      message: () =>
        `expected the plan to cite "${source}"; it cites [${[...new Set(cited)].join(', ')}]`,
    };
  },
  toAskNext(answers: Answers, question: QuestionId | null) {
    const actual = nextQuestion(answers);
    return {
      pass: actual === question,
      message: () => `expected the next question to be ${String(question)}, got ${String(actual)}`,
    };
  },
});
