import { Link } from 'react-router';
import { useInSession } from '../../stores/answers.ts';
import { words } from '../../i18n/words.ts';

/**
 * Said on every screen during a séance on a shared computer: nothing is stored, a reload ends it,
 * and the way to end it.
 */
export function SharedSessionBanner() {
  const inSession = useInSession();
  if (!inSession) return null;
  return (
    <div
      className="notice notice--info shared-banner no-print"
      role="note"
      aria-label={words.ui.shared.banner}
    >
      <p>
        <strong>{words.ui.shared.banner}</strong>. {words.ui.shared.bannerHint}
      </p>
      <p>
        <Link to="/terminer" className="button button--secondary">
          {words.ui.session.end}
        </Link>
      </p>
    </div>
  );
}
