import type { Answers, QuestionId } from '../model/answers.ts';
import type { Condition } from '../model/condition.ts';

/** Whether `condition` holds for `answers`. Unanswered questions match nothing. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if ('includesAny' in condition) {
    const kinds = answers.contentKinds ?? [];
    return condition.includesAny.some((kind) => kinds.includes(kind));
  }
  const answer = answers[condition.q];
  return answer !== undefined && (condition.in as readonly string[]).includes(answer);
}

/** The questions a condition reads, in first-mention order, without repeats. */
export function questionsOf(condition: Condition): readonly QuestionId[] {
  const found: QuestionId[] = [];
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if (!found.includes(c.q)) found.push(c.q);
  };
  visit(condition);
  return found;
}

/**
 * The answered questions that make `condition` come out as it does for `answers`, in first-mention
 * order: every part of an `all` that holds (or of an `any` that fails), the first part that
 * decides an `all` that fails (or an `any` that holds). An unanswered question decides nothing and
 * is never named, so a `not` that holds only because a question is unanswered adds no question.
 */
export function decisiveQuestions(condition: Condition, answers: Answers): readonly QuestionId[] {
  const found: QuestionId[] = [];
  const visit = (c: Condition): void => {
    if ('not' in c) {
      visit(c.not);
    } else if ('all' in c || 'any' in c) {
      const isAll = 'all' in c;
      const parts = isAll ? c.all : c.any;
      const value = holds(c, answers);
      // A true `all` or a false `any` rests on every part; otherwise one part is enough.
      const decisive =
        value === isAll ? parts : parts.filter((p) => holds(p, answers) === value).slice(0, 1);
      decisive.forEach(visit);
    } else if (answers[c.q] !== undefined && !found.includes(c.q)) {
      found.push(c.q);
    }
  };
  visit(condition);
  return found;
}
