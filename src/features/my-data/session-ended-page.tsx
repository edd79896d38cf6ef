import { Link, useSearchParams } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { CheckField } from '../../ui/check-field.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { ENDED_QUERY } from '../../stores/shared-session.ts';
import { HistorySteps } from './browser-traces.tsx';
import { words } from '../../i18n/words.ts';

/**
 * The neutral screen after everything was erased: outside the app's frame (no header, no
 * subject named), so that whoever looks at the screen next learns nothing. After a séance on a
 * shared computer, it says whether data kept before the séance stayed, then lists what only the
 * browser and the computer keep (downloaded files, the printer's queue, the history), to tick.
 */
export function SessionEndedPage() {
  const [query] = useSearchParams();
  const afterSession = query.has(ENDED_QUERY.session);
  const priorKept = query.has(ENDED_QUERY.priorKept);
  return (
    <main id="main" className="main">
      <PageHeading>{words.ui.session.endedTitle}</PageHeading>
      {afterSession ? (
        <>
          <p>{priorKept ? words.sharedSession.endedKept : words.sharedSession.endedAll}</p>
          <Checklist />
        </>
      ) : (
        <p>{words.ui.session.endedText}</p>
      )}
      <p className="link-line">
        <Link to="/" replace>
          {words.ui.session.toHome}
        </Link>
      </p>
      <p className="link-line">
        <Link to="/effacer-mes-traces">{words.ui.session.endedTraces}</Link>
      </p>
    </main>
  );
}

/** Downloaded files, the printer's queue, the history: one box to tick each (nothing kept). */
function Checklist() {
  const v = useVoice();
  const b = words.traces.browser;
  return (
    <section aria-labelledby="ended-checklist">
      <h2 id="ended-checklist">{words.sharedSession.checklistTitle}</h2>
      <p>{v(words.sharedSession.checklistLead)}</p>
      <ul className="end-checklist">
        {(
          [
            ['downloads', b.downloads],
            ['printer', b.printer],
            ['history', b.history],
          ] as const
        ).map(([id, what]) => (
          <li key={id}>
            <CheckField id={`ended-${id}`} label={what.title} hint={v(what.text)} />
          </li>
        ))}
      </ul>
      <HistorySteps />
    </section>
  );
}
