import { Link } from 'react-router';
import { ui } from '../../content/fr/ui.ts';
import { PageHeading } from '../../ui/page-heading.tsx';

/**
 * The neutral screen after everything was erased: outside the app's frame (no header, no
 * subject named), so that whoever looks at the screen next learns nothing.
 */
export function SessionEndedPage() {
  return (
    <main id="main" className="main">
      <PageHeading>{ui.session.endedTitle}</PageHeading>
      <p>{ui.session.endedText}</p>
      <p className="link-line">
        <Link to="/" replace>
          {ui.session.toHome}
        </Link>
      </p>
      <p className="link-line">
        <Link to="/effacer-mes-traces">{ui.session.endedTraces}</Link>
      </p>
    </main>
  );
}
