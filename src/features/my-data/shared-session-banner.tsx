import { Link } from 'react-router';
import { ui } from '../../content/fr/ui.ts';
import { useAnswers } from '../../stores/answers.ts';

/**
 * Said on every screen during a séance on a shared computer: nothing is stored, a reload ends it,
 * and the way to end it.
 */
export function SharedSessionBanner() {
  const inSession = useAnswers((s) => s.keep === 'memory');
  if (!inSession) return null;
  return (
    <div
      className="notice notice--info shared-banner no-print"
      role="note"
      aria-label={ui.shared.banner}
    >
      <p>
        <strong>{ui.shared.banner}</strong>. {ui.shared.bannerHint}
      </p>
      <p>
        <Link to="/terminer" className="button button--secondary">
          {ui.session.end}
        </Link>
      </p>
    </div>
  );
}
