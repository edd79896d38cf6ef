import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { sharedSession as t } from '../../content/fr/shared-session.ts';
import { ui } from '../../content/fr/ui.ts';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { balisePriorData, startSharedSession } from '../../stores/shared-session.ts';
import { useBrowserAnswer } from './erase-everything.tsx';

/**
 * `/seance`: what a séance on a shared computer is (nothing stored; a reload ends it), whether
 * Balise already keeps someone's data here (neither shown nor touched), and "Commencer la séance".
 */
export function SharedSessionPage() {
  const v = useVoice();
  const navigate = useNavigate();
  const inSession = useAnswers((s) => s.keep === 'memory');
  // Whether Balise already keeps data on this computer (null until the browser has answered).
  const prior = useBrowserAnswer(balisePriorData);
  const [starting, setStarting] = useState(false);

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      {inSession ? (
        <>
          <p className="lead">{t.inProgress}</p>
          <p className="actions">
            <Link className="button" to="/questions/role">
              {ui.home.start}
            </Link>
            <Link className="button button--secondary" to="/terminer">
              {ui.session.end}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t.lead}</p>
          <h2>{t.howTitle}</h2>
          <ul>
            {t.how.map((line) => (
              <li key={line.default}>{v(line)}</li>
            ))}
          </ul>
          {prior === true ? (
            <Notice tone="warning" title={t.priorTitle}>
              <p>{v(t.prior)}</p>
            </Notice>
          ) : null}
          {starting ? (
            <p role="status">{t.starting}</p>
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
                {t.start}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
