import type { SyntheticEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Answers, QuestionId } from '../../engine/index.ts';
import {
  askedQuestions,
  missingQuestions,
  nextQuestion,
  OPTIONS,
  questionAvailability,
  QUESTIONS,
} from '../../engine/questionnaire.ts';
import { AnswerReasons } from '../../common/answer-reasons.tsx';
import type { Voiced } from '../../content/types.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { RichText as Rich } from '../../ui/rich-text.tsx';
import { words } from '../../i18n/words.ts';

const isQuestionId = (id: string | undefined): id is QuestionId =>
  QUESTIONS.some((q) => q.id === id);

/** Where to go once `question` is answered: emergency first, then the next question or the plan. */
export function destinationAfter(
  question: QuestionId,
  answers: Answers,
  fromSummary: boolean,
): string {
  if (question === 'danger' && answers.danger !== 'none') return '/urgence';
  if (fromSummary && missingQuestions(answers).length === 0) return '/mes-reponses';
  const next = nextQuestion(answers);
  return next === null ? '/plan' : `/questions/${next}`;
}

/** The route `questions/:questionId`: one question per screen. */
export function QuestionPage() {
  const { questionId } = useParams();
  const answers = useAnswers((s) => s.answers);
  if (!isQuestionId(questionId)) return <UnknownQuestion answers={answers} />;
  return <QuestionForm key={questionId} id={questionId} answers={answers} />;
}

function UnknownQuestion({ answers }: { answers: Answers }) {
  const next = nextQuestion(answers);
  return (
    <>
      <PageHeading>{words.screens.question.unknownTitle}</PageHeading>
      <p>{words.screens.question.unknownText}</p>
      <p className="actions">
        <Link className="button" to={next === null ? '/plan' : `/questions/${next}`}>
          {next === null ? words.ui.notFound.toPlan : words.screens.question.continueJourney}
        </Link>
      </p>
    </>
  );
}

function initialSelection(id: QuestionId, answers: Answers): string[] {
  const answer = answers[id];
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : [...answer];
}

function QuestionForm({ id, answers }: { id: QuestionId; answers: Answers }) {
  const v = useVoice();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const fromSummary = search.get('depuis') === 'resume';
  const setAnswer = useAnswers((s) => s.setAnswer);
  const rule = QUESTIONS.find((q) => q.id === id);
  const multiple = rule?.multiple === true;
  const content = words.questions.questions[id];
  const options = OPTIONS[id] as readonly string[];
  const [selected, setSelected] = useState<string[]>(() => initialSelection(id, answers));
  const [error, setError] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const uid = useId();

  const asked = askedQuestions(answers);
  const position = asked.indexOf(id);
  const previous = position > 0 ? asked[position - 1] : undefined;

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const errorText = v(
    multiple ? words.screens.question.errorChooseMany : words.screens.question.errorChoose,
  );
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError(true);
      return;
    }
    const value = multiple ? options.filter((o) => selected.includes(o)) : selected[0];
    setAnswer(id, value as never);
    const updated = { ...answers, [id]: value };
    void navigate(destinationAfter(id, updated, fromSummary));
  };

  const toggle = (option: string, checked: boolean) => {
    setError(false);
    if (!multiple) setSelected([option]);
    else setSelected((s) => (checked ? [...s, option] : s.filter((o) => o !== option)));
  };

  const optionContent = content.options as Readonly<
    Record<string, { readonly label: Voiced; readonly hint?: Voiced }>
  >;

  return (
    <>
      {previous === undefined ? null : (
        <p>
          <Link className="back-link" to={`/questions/${previous}`}>
            {words.screens.question.back}
          </Link>
        </p>
      )}
      {position < 0 ? (
        <Notice tone="info">
          <p>{v(words.screens.question.notAsked)}</p>
          <NotAskedReasons id={id} answers={answers} />
        </Notice>
      ) : (
        <div className="progress">
          <p>
            {fill(words.screens.question.progress, { position: position + 1, total: asked.length })}
          </p>
          <progress value={position + 1} max={asked.length} aria-hidden="true" />
        </div>
      )}
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>{words.screens.question.errorTitle}</h2>
          <p>
            <a href={`#${uid}-first`}>{errorText}</a>
          </p>
        </div>
      ) : null}
      <form className="question-form" onSubmit={onSubmit} noValidate>
        <fieldset
          className={error ? 'question question--error' : 'question'}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        >
          <legend>
            <PageHeading>
              <Rich text={v(content.legend)} />
            </PageHeading>
          </legend>
          <p id={hintId} className="hint">
            {content.hint === undefined ? null : <Rich text={v(content.hint)} />}
            {multiple ? ` ${words.screens.question.multipleHint}` : null}
          </p>
          {error ? (
            <p id={errorId} className="error-message">
              {errorText}
            </p>
          ) : null}
          <div className="choices">
            {options.map((option, index) => {
              const optionWords = optionContent[option];
              const inputId = index === 0 ? `${uid}-first` : `${uid}-${option}`;
              const optionHint = optionWords?.hint;
              return (
                <div className="choice" key={option}>
                  <input
                    id={inputId}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={id}
                    value={option}
                    checked={selected.includes(option)}
                    onChange={(e) => {
                      toggle(option, e.target.checked);
                    }}
                    aria-describedby={optionHint === undefined ? undefined : `${inputId}-hint`}
                  />
                  <label htmlFor={inputId}>
                    {optionWords === undefined ? option : v(optionWords.label)}
                  </label>
                  {optionHint === undefined ? null : (
                    <p id={`${inputId}-hint`} className="choice__hint">
                      {v(optionHint)}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
        <details className="why">
          <summary>{words.screens.question.why}</summary>
          <p>
            <Rich text={v(content.why)} />
          </p>
        </details>
        {/* Sticks to the bottom of a small screen, so "Continuer" shows with the question. */}
        <p className="actions question-form__submit">
          <button type="submit" className="button">
            {words.screens.question.continue}
          </button>
        </p>
      </form>
    </>
  );
}

/** Why this question is not asked: the answers that make it irrelevant, or those it waits for. */
function NotAskedReasons({ id, answers }: { id: QuestionId; answers: Answers }) {
  const availability = questionAvailability(answers, id);
  if (availability.asked) return null;
  return (
    <AnswerReasons
      answers={answers}
      because={availability.because}
      missing={availability.missing}
      becauseText={words.screens.question.notAskedBecause}
      missingText={words.screens.question.notAskedMissing}
    />
  );
}
