import { ui } from '../../content/fr/ui.ts';
import { Notice } from '../../ui/notice.tsx';
import type { SaveProblem } from '../../stores/answers.ts';
import { useAnswers } from '../../stores/answers.ts';

const messageOf = (problem: SaveProblem): string => {
  if (problem.kind === 'unreadable') return ui.save.unreadable;
  if (problem.kind === 'newer-version') return ui.save.newerVersion;
  return problem.failure === 'full' ? ui.save.full : ui.save.unavailable;
};

/** Says plainly when saved answers could not be read or kept: nothing is lost in silence. */
export function SaveProblemBanner() {
  const problem = useAnswers((s) => s.problem);
  const dismiss = useAnswers((s) => s.dismissProblem);
  if (problem === null) return null;
  return (
    <Notice tone="warning" title={ui.save.title} role="status">
      <p>{messageOf(problem)}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {ui.save.dismiss}
        </button>
      </p>
    </Notice>
  );
}
