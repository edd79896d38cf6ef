import type { Answers, QuestionId } from '../engine/index.ts';
import type { Voiced } from '../content/types.ts';
import { plainText } from '../lib/markup.ts';
import { words } from '../i18n/words.ts';

type Say = (text: Voiced) => string;

/** How "Mes réponses" names a question. */
export function questionLabel(question: QuestionId, v: Say): string {
  return plainText(v(words.questions.questions[question].summaryLabel));
}

/** The words of the answer given to `question`, or null when not answered. */
export function answerText(question: QuestionId, answers: Answers, v: Say): string | null {
  const answer = answers[question];
  if (answer === undefined) return null;
  const options = words.questions.questions[question].options as Readonly<
    Record<string, { readonly label: Voiced }>
  >;
  const label = (id: string) => {
    const words = options[id];
    return words === undefined ? id : plainText(v(words.label));
  };
  return typeof answer === 'string' ? label(answer) : answer.map(label).join(', ');
}
