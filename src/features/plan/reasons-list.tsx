import type { Answers, Reason } from '../../engine/index.ts';
import { fr } from '../../content/fr/engine.ts';
import { ui } from '../../content/fr/ui.ts';
import { answerText, questionLabel } from '../../i18n/answers.ts';
import { useVoice } from '../../i18n/context.tsx';
import { RichText } from '../../ui/rich-text.tsx';

/** "Pourquoi ?": each reason, and the answers that led to it. */
export function ReasonsList({
  reasons,
  answers,
}: {
  readonly reasons: readonly Reason[];
  readonly answers: Answers;
}) {
  const v = useVoice();
  return (
    <ul className="reasons">
      {reasons.map((reason) => {
        const answered = reason.because.filter((q) => answers[q] !== undefined);
        return (
          <li key={reason.id} data-reason={reason.id}>
            <RichText text={v(fr.reasons[reason.id])} />
            {reason.id === 'marked-done' ? null : answered.length === 0 ? (
              <span className="reason__because"> {ui.plan.noAnswerNeeded}</span>
            ) : (
              <span className="reason__because">
                {' '}
                {ui.plan.because}{' '}
                {answered
                  .map((q) => `${questionLabel(q, v)} : ${answerText(q, answers, v) ?? ''}`)
                  .join(' ; ')}
                .
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
