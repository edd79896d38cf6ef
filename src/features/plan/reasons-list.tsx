import { Link } from 'react-router';
import type { Reason } from '../../engine/index.ts';
import { useVoice } from '../../i18n/context.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { words } from '../../i18n/words.ts';

/**
 * "Pourquoi ?": each reason in a sentence that already says, in words, what was answered ("Tu as
 * dit que…"); the answers themselves are not repeated as "question : option" pairs. The questions
 * a reason rests on stay in `data-because`, and a link leads to where the answers can be changed.
 */
export function ReasonsList({ reasons }: { readonly reasons: readonly Reason[] }) {
  const v = useVoice();
  const rested = reasons.some((reason) => reason.because.length > 0);
  return (
    <>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason.id} data-reason={reason.id} data-because={reason.because.join(' ')}>
            <RichText text={v(words.plan.reasons[reason.id])} />
            {reason.id === 'marked-done' || reason.because.length > 0 ? null : (
              <span className="reason__because"> {words.screens.plan.noAnswerNeeded}</span>
            )}
          </li>
        ))}
      </ul>
      {rested ? (
        <p className="reasons__change">
          <Link to="/mes-reponses">{v(words.screens.plan.changeAnswers)}</Link>
        </p>
      ) : null}
    </>
  );
}
