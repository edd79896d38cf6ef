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
      // A letter's preview speaks to its recipient (a platform, a prosecutor), not to the reader.
      .filter((element) => element.closest('article') === null)
      .map((element) => element.textContent)
      // A platform's own menu names, quoted as they appear (« Vos informations »), are not Balise speaking.
      .filter((text) => VOUS.test(text.replace(/«[^»]*»/g, ''))),
  ),
];

/** A 14-year-old blackmailed with intimate images by a stranger, in private. */
const blackmailed = {
  role: 'victim',
  danger: 'self-harm',
  age: 'under-15',
  contentKinds: ['sextortion', 'intimate-images'],
  frequency: 'repeated',
  visibility: 'private',
  author: 'unknown',
  context: 'other',
  evidence: 'none',
  platformReport: 'refused',
  complaint: 'refused',
  lastAct: 'under-3-months',
};

const screensOf = (answers: object): string[] => {
  const plan = decide(parseAnswers(answers));
  return [
    '/urgence',
    '/plan',
    ...plan.steps.map((s) => `/plan/${s.id}`),
    ...plan.documents.map((d) => `/documents/${d}`),
    '/mes-reponses',
    '/preuves',
    '/preuves/nouveau',
    '/glossaire',
    ...QUESTIONS.map((q) => `/questions/${q.id}`),
  ];
};

const cases = [
  ...screensOf(teen).map((path) => [path, teen] as const),
  ...screensOf(blackmailed).map((path) => [`${path} (blackmailed)`, blackmailed] as const),
];

describe('a teenager is spoken to with "tu" everywhere', () => {
  it.each(cases)('%s', async (name, answers) => {
    const path = name.replace(' (blackmailed)', '');
    saveAnswers(answers);
    renderApp(path);
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(vousTexts()).toEqual([]);
  });
});
