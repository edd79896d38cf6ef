import type { Answers, QuestionId } from '../model/answers.ts';
import { QUESTIONS } from '../rules/questions.ts';
import { holds } from './condition.ts';

const isAnswered = (answers: Answers, id: QuestionId): boolean => answers[id] !== undefined;

/**
 * Keeps only the answers to questions that are asked, given the answers before them. An answer
 * left over from a question that no longer applies (after the user changed an earlier answer)
 * must not steer the plan. Returns a new object; `answers` is not touched.
 */
export function applicableAnswers(answers: Answers): Answers {
  const kept: Record<string, unknown> = answers.done === undefined ? {} : { done: answers.done };
  for (const question of QUESTIONS) {
    if (isAnswered(answers, question.id) && holds(question.asked, kept)) {
      kept[question.id] = answers[question.id];
    }
  }
  return kept;
}

/** Every question that applies to these answers, answered or not, in the order they are asked. */
export function askedQuestions(answers: Answers): readonly QuestionId[] {
  const kept = applicableAnswers(answers);
  return QUESTIONS.filter((q) => holds(q.asked, kept)).map((q) => q.id);
}

/** Questions that apply to these answers and are not answered yet, in the order they are asked. */
export function missingQuestions(answers: Answers): readonly QuestionId[] {
  const kept = applicableAnswers(answers);
  return askedQuestions(kept).filter((id) => !isAnswered(kept, id));
}

/** The next question to ask, or null when the journey is over. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return missingQuestions(answers)[0] ?? null;
}
