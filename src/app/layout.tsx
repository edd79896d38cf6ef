import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AudienceProvider } from '../i18n/context.tsx';
import { audienceOf, voice } from '../i18n/voice.ts';
import { useAnswers, useInSession } from '../stores/answers.ts';
import { QuickExit } from '../features/safety/quick-exit.tsx';
import { AutoLock } from '../features/evidence/auto-lock.tsx';
import { SaveProblemBanner } from '../features/my-data/save-problem.tsx';
import { SharedSessionBanner } from '../features/my-data/shared-session-banner.tsx';
import { InstallHint } from '../features/offline/install-hint.tsx';
import { UpdateBanner } from '../features/offline/update-banner.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { words } from '../i18n/words.ts';

/** The shell of every screen: quick exit first, skip link, navigation, the page, the privacy note. */
export function Layout() {
  const answers = useAnswers((s) => s.answers);
  const audience = audienceOf(answers);
  const professional = answers.role === 'professional';
  const inSession = useInSession();
  // On a phone the menu folds behind one button; it is open only on the page it was opened on.
  const { key, pathname } = useLocation();
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === key;

  return (
    <AudienceProvider value={audience}>
      <QuickExit after={<LanguageSwitch />} />
      <AutoLock />
      <a className="skip-link" href="#main">
        {words.ui.app.skipToContent}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{words.ui.app.name}</span>
            <span className="brand__tagline">{words.ui.app.tagline}</span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => {
              setMenuOpenOn(menuOpen ? null : key);
            }}
          >
            {words.ui.app.menu}
          </button>
          <nav aria-label={words.ui.app.mainNav} className="header__nav">
            <ul className={menuOpen ? 'nav nav--open' : 'nav'} id="main-nav">
              <li>
                <NavLink to="/plan" end>
                  {voice(words.ui.app.nav.plan, audience)}
                </NavLink>
              </li>
              <li>
                <NavLink to="/preuves">{voice(words.ui.app.nav.journal, audience)}</NavLink>
              </li>
              <li>
                <NavLink to="/mes-reponses">{voice(words.ui.app.nav.answers, audience)}</NavLink>
              </li>
              <li>
                <NavLink to="/seance">{words.ui.shared.nav}</NavLink>
              </li>
              <li>
                <NavLink to="/glossaire">{voice(words.ui.app.nav.glossary, audience)}</NavLink>
              </li>
              <li className="nav__always">
                <NavLink to="/urgence" className="nav__emergency">
                  {voice(words.ui.app.nav.emergency, audience)}
                </NavLink>
              </li>
            </ul>
          </nav>
          {/* During a séance, the banner below offers it on every screen. */}
          {professional && !inSession ? (
            // Asks first, on its own page that says everything it will erase.
            <Link
              to="/terminer"
              className="button button--secondary end-session"
              title={words.ui.session.endHint}
            >
              {words.ui.session.end}
            </Link>
          ) : null}
        </div>
      </header>
      <main id="main" className="main">
        <SharedSessionBanner />
        <UpdateBanner />
        <SaveProblemBanner />
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="footer">
        {pathname === '/' ? <InstallHint /> : null}
        <p>{voice(words.ui.app.privacy, audience)}</p>
        <p className="link-line">
          <Link to="/effacer-mes-traces">{words.ui.app.traces}</Link>
        </p>
        <p>{words.ui.app.factsDate}</p>
      </footer>
    </AudienceProvider>
  );
}
