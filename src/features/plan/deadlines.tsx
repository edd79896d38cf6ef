import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Answers, Deadline } from '../../engine/index.ts';
import { deadlinesFor, followUpOf } from '../../engine/index.ts';
import { fill } from '../../i18n/voice.ts';
import { saveBlob } from '../../lib/download.ts';
import { useJournal } from '../../stores/journal.ts';
import { formatDay, localDay } from '../../common/format.ts';
import { SourcesList } from '../../common/sources-list.tsx';
import type { IcsEvent } from './deadlines-ics.ts';
import { deadlineEvent, deadlinesIcs } from './deadlines-ics.ts';
import type { TrackedReport } from '../../stores/tracker.ts';
import { useTracker } from '../../stores/tracker.ts';
import { words } from '../../i18n/words.ts';

/** A deadline's label and sentence, its days written out; a passed one says so instead. */
function wordsOf(d: Deadline): { readonly label: string; readonly text: string } {
  const days = { from: formatDay(d.from), before: formatDay(d.before) };
  return {
    label: fill(words.deadlines.dated[d.id].label, days),
    text: fill(d.passed ? words.deadlines.passed : words.deadlines.dated[d.id].text, days),
  };
}

/** A report still waiting, on the day its silence calls for the next step; null otherwise. */
function reportEvent(report: TrackedReport, today: string): IcsEvent | null {
  const { status, due, ifLate } = followUpOf(report, today);
  if (status !== 'waiting' || due === null || ifLate === null) return null;
  const kind = words.tracker.kinds[report.kind];
  return {
    uid: `suivi-${report.id}-${due}`,
    day: due,
    summary: fill(words.tracker.icsSummary, { kind }),
    description: words.tracker.next[ifLate],
  };
}

/** The plan's "Délais pour agir": the limits the journal's acts date, soonest first. */
export function Deadlines({ answers }: { readonly answers: Answers }) {
  const open = useJournal((s) => s.open);
  const status = useJournal((s) => s.status);
  const entries = useJournal((s) => s.entries);
  const reports = useTracker((s) => s.reports);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  useEffect(() => {
    void open();
  }, [open]);
  if (status !== 'ready' && status !== 'locked') return null;
  const today = localDay();
  const { dated, undated } =
    status === 'ready' ? deadlinesFor(answers, entries, today) : { dated: [], undated: [] };
  const sources = [...new Set(dated.flatMap((d) => d.sources))];
  // The dates still ahead: the limits to act, and the day each report's silence calls for more.
  const events = [
    ...dated.map((deadline) => {
      const { label, text } = wordsOf(deadline);
      return deadlineEvent(deadline, fill(words.deadlines.icsSummary, { label }), text);
    }),
    ...reports.map((report) => reportEvent(report, today)),
  ].filter((event): event is IcsEvent => event !== null);
  const saveCalendar = () => {
    const ics = deadlinesIcs(events, new Date());
    // A neutral name, like every file Balise makes.
    const file = `${words.deadlines.icsFileStem}-${today}.ics`;
    saveBlob(new Blob([ics], { type: 'text/calendar' }), file);
    setSavedAs(file);
  };
  return (
    <section aria-labelledby="plan-deadlines" className="deadlines">
      <h2 id="plan-deadlines">{words.deadlines.title}</h2>
      {status === 'locked' ? (
        <p>{words.deadlines.locked}</p>
      ) : dated.length === 0 && undated.length === 0 ? (
        <p>{words.deadlines.empty}</p>
      ) : (
        <>
          <p>{words.deadlines.intro}</p>
          <ul>
            {dated.map((d, index) => {
              const { label, text } = wordsOf(d);
              return (
                <li key={`${d.id}-${String(index)}`} data-deadline={d.id} data-passed={d.passed}>
                  <strong>{label}</strong>
                  <br />
                  {text}
                </li>
              );
            })}
            {undated.map((id) => (
              <li key={id} data-undated={id}>
                {words.deadlines.undated[id]}
              </li>
            ))}
          </ul>
          {sources.length > 0 ? <SourcesList ids={sources} /> : null}
        </>
      )}
      {events.length > 0 ? (
        <>
          <p className="hint">{words.deadlines.icsHint}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={saveCalendar}>
              {words.deadlines.ics}
            </button>
          </p>
          {savedAs === null ? null : (
            <p role="status">{fill(words.deadlines.icsSaved, { file: savedAs })}</p>
          )}
        </>
      ) : null}
      <p className="link-line">
        <Link to="/preuves">{words.deadlines.toJournal}</Link>
      </p>
    </section>
  );
}
