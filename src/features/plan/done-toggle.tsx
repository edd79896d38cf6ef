import type { PlanStep } from '../../engine/index.ts';
import { useAnswers } from '../../stores/answers.ts';
import { words } from '../../i18n/words.ts';

/** "Marquer comme fait": the plan doubles as a tracker. Only the user's own marks can be undone. */
export function DoneToggle({ step }: { readonly step: PlanStep }) {
  const marked = useAnswers((s) => s.answers.done?.includes(step.id) === true);
  const setDone = useAnswers((s) => s.setDone);
  if (step.status === 'done' && !marked) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-pressed={marked}
      onClick={() => {
        setDone(step.id, !marked);
      }}
    >
      {words.screens.plan.markDone}
    </button>
  );
}
