import { Link } from 'react-router';
import { ui } from '../../content/fr/ui.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { EraseEverything } from './erase-everything.tsx';

/** `/terminer`: "Terminer la séance" says what it erases and asks before erasing it all. */
export function EndSessionPage() {
  return (
    <>
      <PageHeading>{ui.session.endTitle}</PageHeading>
      <EraseEverything />
      <p>
        <Link to="/plan">{ui.step.back}</Link>
      </p>
    </>
  );
}
