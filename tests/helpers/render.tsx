import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppRoutes } from '../../src/app/routes.tsx';
import { RuleBookProvider } from '../../src/common/rule-book.tsx';
import type { RuleBook } from '../../src/engine/index.ts';
import { RULE_BOOK } from '../../src/engine/index.ts';
import { reloadAnswers } from '../../src/stores/answers.ts';

/** Shows the current address, so tests can check where the app went. */
function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname + location.search}</output>;
}

/**
 * Renders the whole app at `path` with the answers found in storage, deciding plans by `book`:
 * the law's unless the test gives a small one of its own (tests/helpers/small-book.ts).
 */
export function renderApp(path: string, { book = RULE_BOOK }: { book?: RuleBook } = {}) {
  reloadAnswers();
  const user = userEvent.setup();
  const view = render(
    <RuleBookProvider book={book}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </RuleBookProvider>,
  );
  return { user, ...view };
}

/** Saves answers the way the app does, before rendering. */
export function saveAnswers(answers: object, area: Storage = sessionStorage): void {
  area.setItem('balise:answers', JSON.stringify({ version: 1, answers }));
}
