import { Link } from 'react-router';
import { nextQuestion } from '../../engine/first-screen.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers, useInSession } from '../../stores/answers.ts';
import { words } from '../../i18n/words.ts';

/**
 * What Balise does, "Commencer", the way to emergency numbers, and that nothing leaves the device:
 * the first two fit on the first screen of a small phone.
 */
export function HomePage() {
  const answers = useAnswers((s) => s.answers);
  const clear = useAnswers((s) => s.clear);
  const inSession = useInSession();
  const started = answers.role !== undefined;
  const next = nextQuestion(answers);

  return (
    <>
      <PageHeading>{words.ui.home.title}</PageHeading>
      <p className="lead">{words.ui.home.lead}</p>

      <p className="actions">
        {started ? (
          <>
            <Link className="button" to={next === null ? '/plan' : `/questions/${next}`}>
              {next === null ? words.ui.home.seePlan : words.ui.home.resume}
            </Link>
            <Link
              className="button button--secondary"
              to="/questions/role"
              onClick={() => {
                clear();
              }}
            >
              {words.ui.home.restart}
            </Link>
          </>
        ) : (
          <Link className="button" to="/questions/role">
            {words.ui.home.start}
          </Link>
        )}
      </p>
      <p className="hint">{words.ui.home.duration}</p>

      <section className="notice notice--danger" aria-labelledby="home-danger">
        <h2 id="home-danger" className="notice__title">
          {words.ui.home.dangerTitle}
        </h2>
        <p>{words.ui.home.dangerText}</p>
        <p>
          <Link to="/urgence" className="button button--danger">
            {words.ui.home.dangerLink}
          </Link>
        </p>
      </section>

      <p>{words.ui.home.privacy}</p>
      {inSession ? null : (
        <p>
          <Link to="/seance">{words.ui.shared.homeLink}</Link>
          <span className="hint"> — {words.ui.shared.homeHint}</span>
        </p>
      )}

      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{words.ui.home.stepsTitle}</h2>
        <ol className="home-steps">
          {words.ui.home.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
