import '../lib/journal/helpers.ts';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journal as enJournal } from '../../src/content/en/journal.ts';
import { journalText } from '../../src/content/fr/journal.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { frQuestions } from '../../src/content/fr/questions.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { questions as enQuestions } from '../../src/content/en/questions.ts';
import { screens as enScreens } from '../../src/content/en/screens.ts';
import { ui as enUi } from '../../src/content/en/ui.ts';
import { voice } from '../../src/i18n/voice.ts';
import { useAnswers } from '../../src/stores/answers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const where = () => screen.getByTestId('where').textContent;

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().clear();
});

afterEach(() => {
  resetJournalForTests();
});

describe('the language switch', () => {
  it('shows the question in English at the same place, keeping the answers and the choice', async () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    const { user } = renderApp('/questions/age');
    await screen.findByRole('group', {
      name: voice(frQuestions.questions.age.legend, 'adult'),
    });
    const switcher = screen.getByRole('group', { name: ui.app.language });
    expect(within(switcher).getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const english = within(switcher).getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('lang', 'en');

    await user.click(english);

    expect(
      await screen.findByRole('group', { name: voice(enQuestions.questions.age.legend, 'adult') }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enScreens.question.continue })).toBeInTheDocument();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(where()).toBe('/questions/age');
    expect(useAnswers.getState().answers).toEqual({ role: 'victim', danger: 'none' });
    expect(useAnswers.getState().locale).toBe('en');

    await user.click(
      within(screen.getByRole('group', { name: enUi.app.language })).getByRole('button', {
        name: 'Français',
      }),
    );
    expect(
      await screen.findByRole('button', { name: screens.question.continue }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });

  it('keeps what is typed in a form: the journal entry being written stays, now in English', async () => {
    const { user } = renderApp('/preuves/nouveau');
    await screen.findByRole('heading', { level: 1, name: journalText.entry.newTitle });
    const author = screen.getByLabelText(journalText.entry.author, { exact: false });
    await user.type(author, '@someone');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: enJournal.entry.newTitle }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(enJournal.entry.author, { exact: false })).toHaveValue('@someone');
  });
});
