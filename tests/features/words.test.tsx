import '../lib/journal/helpers.ts';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as documents from '../../src/content/fr/documents.ts';
import * as engine from '../../src/content/fr/plan.ts';
import * as guides from '../../src/content/fr/pharos.ts';
import * as journal from '../../src/content/fr/journal.ts';
import * as platforms from '../../src/content/fr/platforms.ts';
import * as questions from '../../src/content/fr/questions.ts';
import * as ui from '../../src/content/fr/ui.ts';
import { counted } from '../../src/i18n/plural.ts';
import { openJournal } from '../../src/lib/journal/db.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { saveWith } from '../lib/journal/helpers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** Every string of a content module, with where it is. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
}

const ACTS = { one: '{count} acte', other: '{count} actes' };

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().erase();
});
afterEach(() => {
  resetJournalForTests();
});

describe('plurals', () => {
  it('write 0 and 1 in the singular and more in the plural, as French does', () => {
    expect(counted(ACTS, 0)).toBe('0 acte');
    expect(counted(ACTS, 1)).toBe('1 acte');
    expect(counted(ACTS, 2)).toBe('2 actes');
    expect(counted(ACTS, 1_000_000)).toBe('1\u202f000\u202f000 actes');
  });

  it('no sentence writes "acte(s)", "question(s)" or "soussigné(e)": each form is spelt out', () => {
    const modules = { documents, engine, guides, journal, platforms, questions, ui };
    const hedged = Object.entries(modules)
      .flatMap(([name, module]) => strings(module, name))
      .filter(([, text]) => /\w\((s|e|es|x)\)/.test(text));
    expect(hedged).toEqual([]);
  });

  it('counts one act and one account in the singular in the journal', async () => {
    const repo = await openJournal();
    await saveWith(repo, [], { author: '@alpha' });
    repo.close();
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    renderApp('/preuves');
    expect(await screen.findByText(/^1 acte, 1 compte, le /)).toBeInTheDocument();
  });

  it('says how many questions remain, in the right number', async () => {
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    renderApp('/plan');
    expect(
      await screen.findByText(/^Il reste \d+ questions : /, {}, { timeout: 5000 }),
    ).toBeVisible();
  });
});

describe('plain words', () => {
  it('asks to note what happened, not to "add an act"', async () => {
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    renderApp('/preuves');
    const add = await screen.findByRole('link', { name: journal.journalText.add });
    expect(add).not.toHaveTextContent(/acte/);
  });

  it('says "Plusieurs réponses possibles" once on a question with several answers', async () => {
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    renderApp('/questions/contentKinds');
    await screen.findByRole('heading', { level: 1 });
    const said = document.body.textContent.match(/Plusieurs réponses possibles/g) ?? [];
    expect(said).toHaveLength(1);
  });
});
