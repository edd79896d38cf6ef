import { Notice } from '../../ui/notice.tsx';
import type { SaveProblem } from '../../stores/answers.ts';
import { useAnswers } from '../../stores/answers.ts';
import { words } from '../../i18n/words.ts';

const messageOf = (problem: SaveProblem): string => {
  if (problem.kind === 'unreadable') return words.ui.save.unreadable;
  if (problem.kind === 'newer-version') return words.ui.save.newerVersion;
  return problem.failure === 'full' ? words.ui.save.full : words.ui.save.unavailable;
};

/** Says plainly when saved answers could not be read or kept: nothing is lost in silence. */
export function SaveProblemBanner() {
  const problem = useAnswers((s) => s.problem);
  const dismiss = useAnswers((s) => s.dismissProblem);
  if (problem === null) return null;
  return (
    <Notice tone="warning" title={words.ui.save.title} role="status">
      <p>{messageOf(problem)}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {words.ui.save.dismiss}
        </button>
      </p>
    </Notice>
  );
}
