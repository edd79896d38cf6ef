import type { Answers, QuestionId } from '../model/answers.ts';
import type { DocumentId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import { PLAN_RULES } from '../rules/plan.ts';
import { QUESTIONS } from '../rules/questions.ts';
import { decisiveQuestions, holds, questionsOf } from './condition.ts';
import { applicableAnswers, askedQuestions, missingQuestions } from './questions.ts';

/**
 * Why something is not given: the answers that rule it out (`because`) and the questions still
 * unanswered that could bring it (`missing`).
 */
export interface Unavailable {
  readonly because: readonly QuestionId[];
  readonly missing: readonly QuestionId[];
}

/**
 * Whether the plan offers a document and, when it does not, why. Read from the same
 * `PLAN_RULES` rows as `decide`, so the reason given is always the rule's own.
 */
export type DocumentAvailability =
  { readonly offered: true } | ({ readonly offered: false } & Unavailable);

/** Whether a question is asked and, when it is not, why (`missing`: earlier questions). */
export type QuestionAvailability =
  { readonly asked: true } | ({ readonly asked: false } & Unavailable);

/** When the plan offers `id`: any of the rows that list it. */
const offeredWhen = (id: DocumentId): Condition => ({
  any: PLAN_RULES.filter((row) => row.documents?.includes(id) === true).map((row) => row.when),
});

/**
 * The given answers that make a failing `condition` fail, in first-mention order. A failing `all`
 * is explained by its first failing part that a given answer explains; a failing `any` by all its
 * parts; a failing `not` by what makes its inner condition hold. Unanswered questions are never
 * named (they are `missing`, not a reason).
 */
function ruledOutBy(condition: Condition, answers: Answers): readonly QuestionId[] {
  if ('not' in condition) return decisiveQuestions(condition.not, answers);
  if ('all' in condition) {
    for (const part of condition.all) {
      if (holds(part, answers)) continue;
      const found = ruledOutBy(part, answers);
      if (found.length > 0) return found;
    }
    return [];
  }
  if ('any' in condition) {
    return [...new Set(condition.any.flatMap((part) => ruledOutBy(part, answers)))];
  }
  return answers[condition.q] === undefined ? [] : [condition.q];
}

/** Why none of `conditions` holds: the answers that rule them out, the questions they still await. */
function whyNot(conditions: readonly Condition[], kept: Answers): Unavailable {
  const reads = conditions.flatMap((condition) => questionsOf(condition));
  return {
    because: conditions.flatMap((condition) => ruledOutBy(condition, kept)),
    missing: missingQuestions(kept).filter((q) => reads.includes(q)),
  };
}

/** Whether `decide(answers)` offers document `id`, and if not, which answers say why. Pure. */
export function documentAvailability(answers: Answers, id: DocumentId): DocumentAvailability {
  const kept = applicableAnswers(answers);
  const when = offeredWhen(id);
  return holds(when, kept) ? { offered: true } : { offered: false, ...whyNot([when], kept) };
}

/**
 * Whether `question` is asked with these answers and, if not, why (from the question's own
 * `asked` rule), so a screen can name the answers instead of a vague "does not apply".
 */
export function questionAvailability(answers: Answers, question: QuestionId): QuestionAvailability {
  const kept = applicableAnswers(answers);
  if (askedQuestions(kept).includes(question)) return { asked: true };
  const rules = QUESTIONS.filter((q) => q.id === question);
  return {
    asked: false,
    ...whyNot(
      rules.map((q) => q.asked),
      kept,
    ),
  };
}
