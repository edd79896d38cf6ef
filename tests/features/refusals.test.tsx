import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentsUi as u } from '../../src/content/fr/documents.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { questionLabel } from '../../src/i18n/answers.ts';
import { voice } from '../../src/i18n/voice.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const say = (text: Parameters<typeof voice>[0]) => voice(text, 'professional');

describe('a document that is not offered', () => {
  it('tells a counsellor the real reason the school report is refused: the author is not from the school', async () => {
    // A pupil harassed by an adult stranger.
    saveAnswers({
      role: 'professional',
      danger: 'none',
      age: 'under-15',
      author: 'unknown',
      context: 'other',
    });
    renderApp('/documents/school-report');
    const notice = (await screen.findByText(u.notOfferedTitle)).closest('.notice') as HTMLElement;
    expect(notice).toHaveTextContent(u.notOfferedBecause);
    const reasons = within(notice).getAllByRole('listitem');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toHaveTextContent(questionLabel('context', say));
    expect(
      within(notice).getByRole('link', {
        name: `Modifier : ${questionLabel('context', say)}`,
      }),
    ).toHaveAttribute('href', '/questions/context?depuis=resume');
    // None of the old made-up examples.
    expect(notice).not.toHaveTextContent(/majeure|plainte est déjà déposée/);
  });

  it('names the question still to answer rather than a reason that does not exist', async () => {
    saveAnswers({ role: 'parent', danger: 'none', age: '15-17' });
    renderApp('/documents/school-report');
    const notice = (await screen.findByText(u.notOfferedTitle)).closest('.notice') as HTMLElement;
    expect(notice).not.toHaveTextContent(u.notOfferedBecause);
    expect(
      within(notice).getByRole('link', { name: `Répondre : ${questionLabel('context', say)}` }),
    ).toBeInTheDocument();
  });
});

describe('a question that is not asked', () => {
  it('names the answers that leave it out: a witness of public content is not asked the author', async () => {
    saveAnswers({ role: 'witness', danger: 'none', visibility: 'public' });
    renderApp('/questions/author');
    const notice = (await screen.findByText(voice(screens.question.notAsked, 'witness'))).closest(
      '.notice',
    ) as HTMLElement;
    expect(notice).toHaveTextContent(screens.question.notAskedBecause);
    for (const q of ['role', 'visibility'] as const) {
      expect(
        within(notice).getByRole('link', { name: `Modifier : ${questionLabel(q, say)}` }),
      ).toHaveAttribute('href', `/questions/${q}?depuis=resume`);
    }
  });
});

describe('a plan with no answers', () => {
  it('never says "vous avez dit qu’il n’y a pas de danger"', async () => {
    renderApp('/plan/emergency');
    await screen.findByRole('heading', { level: 1 });
    expect(document.body).not.toHaveTextContent(/avez dit|as dit/);
    expect(document.body).toHaveTextContent(voice(fr.reasons['danger-not-answered'], 'adult'));
  });
});
