import type { ReactNode } from 'react';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useSession } from '../../stores/session.ts';
import { words } from '../../i18n/words.ts';

/**
 * After "Quitter vite", every address shows this neutral screen instead of the app — no header,
 * no subject, no answer — until the person chooses to resume.
 */
export function PausedGate({ children }: { readonly children: ReactNode }) {
  const paused = useSession((s) => s.paused);
  const resume = useSession((s) => s.resume);
  if (!paused) return children;
  return (
    <main id="main" className="main">
      <PageHeading>{words.ui.paused.title}</PageHeading>
      <p>{words.ui.paused.text}</p>
      <p>
        <button type="button" className="button" onClick={resume}>
          {words.ui.paused.resume}
        </button>
      </p>
    </main>
  );
}
