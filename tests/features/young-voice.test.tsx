import '../lib/journal/helpers.ts';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decide, parseAnswers, QUESTIONS } from '../../src/engine/index.ts';
import { resetJournalForTests } from '../../src/stores/journal.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** A 15-year-old using Balise alone: every screen speaks to them with "tu". */
const teen = {
  role: 'victim',
  danger: 'none',
  age: '15-17',
  contentKinds: ['insults', 'threats'],
  frequency: 'repeated',
  visibility: 'both',
  author: 'pseudonym',
  context: 'school',
  evidence: 'partial',
  platformReport: 'not-done',
  complaint: 'not-done',
  lastAct: 'under-3-months',
};

const VOUS = /\b(vous|votre|vos)\b/i;

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  resetJournalForTests();
});
afterEach(() => {
  resetJournalForTests();
});

/** The texts on screen that say "vous" to the reader. */
const vousTexts = (): string[] => [
  ...new Set(
    [...document.querySelectorAll('p, li, h1, h2, h3, label, legend, button, a, dt, dd, summary')]
      .filter((element) => element.querySelector('p, li, ul') === null)
      .map((element) => element.textContent)
      // A platform's own menu names, quoted as they appear (« Vos informations »), are not Balise speaking.
      .filter((text) => VOUS.test(text.replace(/«[^»]*»/g, ''))),
  ),
];

const plan = decide(parseAnswers(teen));
const screens = [
  '/urgence',
  '/plan',
  ...plan.steps.map((s) => `/plan/${s.id}`),
  '/mes-reponses',
  '/preuves',
  '/preuves/nouveau',
  ...QUESTIONS.map((q) => `/questions/${q.id}`),
];

describe('a teenager is spoken to with "tu" everywhere', () => {
  it.each(screens)('%s', async (path) => {
    saveAnswers(teen);
    renderApp(path);
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(vousTexts()).toEqual([]);
  });
});
