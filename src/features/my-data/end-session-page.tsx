import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useInSession } from '../../stores/answers.ts';
import { EndSharedSession } from './end-shared-session.tsx';
import { EraseEverything } from './erase-everything.tsx';
import { words } from '../../i18n/words.ts';

/**
 * `/terminer`: "Terminer la séance" says what it erases and asks before erasing it all; during a
 * séance on a shared computer, what to take away first and what happens to data kept before it.
 */
export function EndSessionPage() {
  const inSession = useInSession();
  return (
    <>
      <PageHeading>{words.ui.session.endTitle}</PageHeading>
      {inSession ? <EndSharedSession /> : <EraseEverything />}
      <p>
        <Link to="/plan">{words.screens.step.back}</Link>
      </p>
    </>
  );
}
