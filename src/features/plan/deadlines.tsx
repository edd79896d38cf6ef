import { useEffect } from 'react';
import { Link } from 'react-router';
import type { Answers } from '../../engine/index.ts';
import { deadlinesFor } from '../../engine/index.ts';
import { deadlinesText as t } from '../../content/fr/deadlines.ts';
import { fill } from '../../i18n/voice.ts';
import { useJournal } from '../../stores/journal.ts';
import { formatDay, localDay } from '../../common/format.ts';
import { SourcesList } from '../../common/sources-list.tsx';

/** The plan's "Délais pour agir": the limits the journal's acts date, soonest first. */
export function Deadlines({ answers }: { readonly answers: Answers }) {
  const open = useJournal((s) => s.open);
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  useEffect(() => {
    void open();
  }, [open]);
  if (status !== 'ready' && status !== 'locked') return null;
  const { dated, undated } =
    status === 'ready' ? deadlinesFor(answers, entries, localDay()) : { dated: [], undated: [] };
  const sources = [...new Set(dated.flatMap((d) => d.sources))];
  return (
    <section aria-labelledby="plan-deadlines" className="deadlines">
      <h2 id="plan-deadlines">{t.title}</h2>
      {status === 'locked' ? (
        <p>{t.locked}</p>
      ) : dated.length === 0 && undated.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <ul>
            {dated.map((d, index) => {
              const days = { from: formatDay(d.from), before: formatDay(d.before) };
              return (
                <li key={`${d.id}-${String(index)}`} data-deadline={d.id} data-passed={d.passed}>
                  <strong>{fill(t.dated[d.id].label, days)}</strong>
                  <br />
                  {d.passed ? fill(t.passed, days) : fill(t.dated[d.id].text, days)}
                </li>
              );
            })}
            {undated.map((id) => (
              <li key={id} data-undated={id}>
                {t.undated[id]}
              </li>
            ))}
          </ul>
          {sources.length > 0 ? <SourcesList ids={sources} /> : null}
        </>
      )}
      <p>
        <Link to="/preuves">{t.toJournal}</Link>
      </p>
    </section>
  );
}
