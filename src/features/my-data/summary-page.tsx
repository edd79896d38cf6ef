import { Link } from 'react-router';
import { askedQuestions } from '../../engine/index.ts';
import { answerText, questionLabel } from '../../i18n/answers.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill, plainText } from '../../i18n/voice.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { EraseEverything } from './erase-everything.tsx';
import { words } from '../../i18n/words.ts';

/** "Mes réponses": every answer with a "Modifier" link, where answers are kept, and erasing everything. */
export function SummaryPage() {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const keep = useAnswers((s) => s.keep);
  const setKeep = useAnswers((s) => s.setKeep);
  const questions = askedQuestions(answers);
  const done = answers.done ?? [];

  return (
    <>
      <PageHeading>{words.screens.summary.title}</PageHeading>
      <p className="lead">{v(words.screens.summary.lead)}</p>
      <dl className="answers">
        {questions.map((q) => {
          const label = questionLabel(q, v);
          return (
            <div key={q} className="answers__row" data-question={q}>
              <dt>{label}</dt>
              <dd>{answerText(q, answers, v) ?? words.screens.summary.notAnswered}</dd>
              <dd>
                <Link
                  to={`/questions/${q}?depuis=resume`}
                  aria-label={fill(words.screens.summary.changeLabel, { question: label })}
                >
                  {words.screens.summary.change}
                </Link>
              </dd>
            </div>
          );
        })}
        <div className="answers__row">
          <dt>{words.screens.summary.doneSteps}</dt>
          <dd>
            {done.length === 0
              ? words.screens.summary.noDoneSteps
              : done.map((s) => plainText(v(words.plan.steps[s].title))).join(', ')}
          </dd>
        </div>
      </dl>
      <p>
        <Link className="button" to="/plan">
          {words.screens.summary.backToPlan}
        </Link>
      </p>

      <section aria-labelledby="keep-title">
        <h2 id="keep-title">{v(words.screens.summary.keepTitle)}</h2>
        {keep === 'memory' ? (
          // A séance: nothing is written to the device, and no choice is offered.
          <p>{words.ui.shared.banner}.</p>
        ) : (
          <>
            <p>{v(words.screens.summary.keepSession)}</p>
            <div className="choice">
              <input
                id="keep-device"
                type="checkbox"
                checked={keep === 'device'}
                aria-describedby="keep-device-hint"
                onChange={(e) => {
                  setKeep(e.target.checked ? 'device' : 'session');
                }}
              />
              <label htmlFor="keep-device">{words.screens.summary.keepDevice}</label>
              <p id="keep-device-hint" className="choice__hint">
                {v(words.screens.summary.keepDeviceHint)}
              </p>
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="erase-title">
        <h2 id="erase-title">{words.screens.summary.clearTitle}</h2>
        <EraseEverything />
        <p className="link-line">
          <Link to="/effacer-mes-traces">{words.ui.app.traces}</Link>
        </p>
      </section>
    </>
  );
}
