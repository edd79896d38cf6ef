import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useInSession } from '../../stores/answers.ts';
import { balisePriorData, startSharedSession } from '../../stores/shared-session.ts';
import { useBrowserAnswer } from './erase-everything.tsx';
import { words } from '../../i18n/words.ts';

/**
 * `/seance`: what a séance on a shared computer is (nothing stored; a reload ends it), whether
 * Balise already keeps someone's data here (neither shown nor touched), and "Commencer la séance".
 */
export function SharedSessionPage() {
  const v = useVoice();
  const navigate = useNavigate();
  const inSession = useInSession();
  // Whether Balise already keeps data on this computer (null until the browser has answered).
  const prior = useBrowserAnswer(balisePriorData);
  const [starting, setStarting] = useState(false);

  return (
    <>
      <PageHeading>{words.sharedSession.title}</PageHeading>
      {inSession ? (
        <>
          <p className="lead">{words.sharedSession.inProgress}</p>
          <p className="actions">
            <Link className="button" to="/questions/role">
              {words.ui.home.start}
            </Link>
            <Link className="button button--secondary" to="/terminer">
              {words.ui.session.end}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{words.sharedSession.lead}</p>
          <h2>{words.sharedSession.howTitle}</h2>
          <ul>
            {words.sharedSession.how.map((line) => (
              <li key={line.default}>{v(line)}</li>
            ))}
          </ul>
          {prior === true ? (
            <Notice tone="warning" title={words.sharedSession.priorTitle}>
              <p>{v(words.sharedSession.prior)}</p>
            </Notice>
          ) : null}
          {starting ? (
            <p role="status">{words.sharedSession.starting}</p>
          ) : (
            <p className="actions">
              <button
                type="button"
                className="button"
                // The answer about data already here must be known before the séance starts.
                disabled={prior === null}
                onClick={() => {
                  setStarting(true);
                  void startSharedSession().then(() => navigate('/questions/role'));
                }}
              >
                {words.sharedSession.start}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
