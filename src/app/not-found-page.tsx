import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading.tsx';
import { useAnswers } from '../stores/answers.ts';
import { words } from '../i18n/words.ts';

/** An unknown address: a friendly page that keeps the answers and leads back. */
export function NotFoundPage() {
  const started = useAnswers((s) => s.answers.role !== undefined);
  return (
    <>
      <PageHeading>{words.ui.notFound.title}</PageHeading>
      <p>{words.ui.notFound.text}</p>
      <p className="actions">
        {started ? (
          <Link className="button" to="/plan">
            {words.ui.notFound.toPlan}
          </Link>
        ) : null}
        <Link className={started ? 'button button--secondary' : 'button'} to="/">
          {words.ui.notFound.toHome}
        </Link>
      </p>
    </>
  );
}
