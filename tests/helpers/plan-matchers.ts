import type {
  Answers,
  ContactId,
  DocumentId,
  Plan,
  QuestionId,
  SourceId,
  StepId,
  WarningId,
} from '../../src/engine/index.ts';
import { nextQuestion } from '../../src/engine/index.ts';
import { expect } from 'vitest';

/**
 * Matchers that read like the domain: `expect(plan).toRecommend('report-pharos')`,
 * `expect(answers).toAskNext('author')`, `expect(plan).toCite('cpp-15-3')`.
 */
interface PlanMatchers<R = unknown> {
  /** The step is in the plan, still to do. */
  toRecommend: (step: StepId) => R;
  /** The step does not apply to this situation. */
  toRuleOut: (step: StepId) => R;
  toHaveDone: (step: StepId) => R;
  toHaveNext: (step: StepId | null) => R;
  toCite: (source: SourceId) => R;
  toListContact: (contact: ContactId) => R;
  toOfferDocument: (document: DocumentId) => R;
  toWarn: (warning: WarningId) => R;
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

const listMatcher = (key: 'contacts' | 'documents' | 'warnings', noun: string) =>
  function (this: { isNot: boolean }, plan: Plan, id: string) {
    const list: readonly string[] = plan[key];
    return {
      pass: list.includes(id),
      message: () =>
        `expected the plan ${this.isNot ? 'not ' : ''}to ${noun} "${id}"; it has [${list.join(', ')}]`,
    };
  };

expect.extend({
  toRecommend: statusMatcher('todo'),
  toRuleOut: statusMatcher('not-applicable'),
  toHaveDone: statusMatcher('done'),
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
  toListContact: listMatcher('contacts', 'list contact'),
  toOfferDocument: listMatcher('documents', 'offer document'),
  toWarn: listMatcher('warnings', 'warn'),
  toAskNext(answers: Answers, question: QuestionId | null) {
    const actual = nextQuestion(answers);
    return {
      pass: actual === question,
      message: () => `expected the next question to be ${String(question)}, got ${String(actual)}`,
    };
  },
});
