import { Link } from 'react-router';
import { ui } from '../content/fr/ui.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnswers } from '../stores/answers.ts';

/** An unknown address: a friendly page that keeps the answers and leads back. */
export function NotFoundPage() {
  const started = useAnswers((s) => s.answers.role !== undefined);
  return (
    <>
      <PageHeading>{ui.notFound.title}</PageHeading>
      <p>{ui.notFound.text}</p>
      <p className="actions">
        {started ? (
          <Link className="button" to="/plan">
            {ui.notFound.toPlan}
          </Link>
        ) : null}
        <Link className={started ? 'button button--secondary' : 'button'} to="/">
          {ui.notFound.toHome}
        </Link>
      </p>
    </>
  );
}
