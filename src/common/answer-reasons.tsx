import type { Answers, QuestionId } from '../engine/index.ts';
import { answerText, questionLabel } from '../i18n/answers.ts';
import { useVoice } from '../i18n/context.tsx';
import { fill } from '../i18n/voice.ts';
import { Link } from 'react-router';
import { words } from '../i18n/words.ts';

interface Props {
  readonly answers: Answers;
  /** Answered questions that rule something out, said after `becauseText`. */
  readonly because: readonly QuestionId[];
  /** Questions not answered yet that decide it, said after `missingText`. */
  readonly missing: readonly QuestionId[];
  readonly becauseText: string;
  readonly missingText: string;
}

/**
 * The real reason something is refused or left out: the answers it rests on, each with a link
 * to change it, and the questions still to answer, each with a link to answer it.
 */
export function AnswerReasons({ answers, because, missing, becauseText, missingText }: Props) {
  const v = useVoice();
  const link = (q: QuestionId, words: string, label: string) => (
    <Link
      to={`/questions/${q}?depuis=resume`}
      aria-label={fill(label, { question: questionLabel(q, v) })}
    >
      {words}
    </Link>
  );
  return (
    <>
      {because.length > 0 ? (
        <>
          <p>{becauseText}</p>
          <ul>
            {because.map((q) => (
              <li key={q}>
                {fill(words.screens.reasons.answer, {
                  question: questionLabel(q, v),
                  answer: answerText(q, answers, v) ?? '',
                })}{' '}
                {link(q, words.screens.reasons.change, words.screens.reasons.changeLabel)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {missing.length > 0 ? (
        <>
          <p>{missingText}</p>
          <ul>
            {missing.map((q) => (
              <li key={q}>
                {questionLabel(q, v)}{' '}
                {link(q, words.screens.reasons.respond, words.screens.reasons.respondLabel)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
