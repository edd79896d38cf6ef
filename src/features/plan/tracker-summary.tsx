import { Link } from 'react-router';
import { FollowUpLines } from '../../common/follow-up.tsx';
import { formatDay, localDay } from '../../common/format.ts';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';
import { useTracker } from '../../stores/tracker.ts';

/** On the plan: each report logged, where it stands and what to do next; the way to the follow-up. */
export function TrackerSummary() {
  const w = words.tracker;
  const reports = useTracker((s) => s.reports);
  const today = localDay();
  return (
    <section aria-labelledby="plan-tracker" className="tracker-summary">
      <h2 id="plan-tracker">{w.plan.title}</h2>
      {reports.length === 0 ? <p>{w.plan.empty}</p> : null}
      <ul className="tracker">
        {reports.map((report) => (
          <li key={report.id} className="tracker__item" data-report={report.kind}>
            <p>
              <strong>{w.kinds[report.kind]}</strong> —{' '}
              {fill(w.sentOn, { date: formatDay(report.sentOn) })}
            </p>
            <FollowUpLines report={report} today={today} />
          </li>
        ))}
      </ul>
      <p className="link-line">
        <Link to="/suivi">{w.plan.open}</Link>
      </p>
    </section>
  );
}
