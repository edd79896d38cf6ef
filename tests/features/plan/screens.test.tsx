import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { screens } from '../../../src/content/fr/screens.ts';
import { ui } from '../../../src/content/fr/ui.ts';
import { fill } from '../../../src/i18n/voice.ts';
import { renderApp, saveAnswers } from '../../helpers/render.tsx';
import { SMALL_BOOK } from '../../helpers/small-book.ts';

/**
 * What the plan screens do with whatever rules they are given, on a made-up book of three steps
 * (tests/helpers/small-book.ts). What the law's book gives a given person is tested in
 * tests/engine, and on screen in tests/features/plan.test.tsx and tests/e2e/journeys.spec.ts.
 */
const adult = { role: 'victim', danger: 'none', age: 'adult', frequency: 'repeated' };

const book = { book: SMALL_BOOK };

const card = (id: string) => document.getElementById(`step-${id}`) as HTMLElement;
const shownActions = (id: string) =>
  [...card(id).querySelectorAll<HTMLElement>('[data-action]')]
    .filter((action) => action.closest('[hidden]') === null)
    .map((action) => action.dataset['action']);

/** Opens the plan from another page, as a person does (focus moves on arrival). */
async function arriveAtPlan() {
  const view = renderApp('/mes-reponses', book);
  await view.user.click(await screen.findByRole('link', { name: screens.summary.backToPlan }));
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('the plan screen, whatever the rules', () => {
  it('lists the book’s steps in its order, numbered from 1, each with its status', async () => {
    saveAnswers({ ...adult, evidence: 'complete' });
    renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    const steps = [...document.querySelectorAll<HTMLElement>('ol.steps > li')];
    expect(steps.map((step) => [step.id, step.dataset['status']])).toEqual([
      ['step-dont-reply', 'todo'],
      ['step-keep-evidence', 'done'],
      ['step-report-pharos', 'not-applicable'],
    ]);
    expect(steps.map((step) => step.querySelector('h3')?.textContent)).toEqual([
      'Étape 1 : Ne pas répondre',
      'Étape 2 : Garder des preuves',
      'Étape 3 : Signaler à PHAROS',
    ]);
    expect(within(card('keep-evidence')).getByText(screens.plan.status.done)).toBeVisible();
  });

  it('highlights and focuses the first step left to do, and moves on when it is marked done', async () => {
    saveAnswers(adult);
    const { user } = await arriveAtPlan();
    expect(card('dont-reply')).toHaveClass('step--next');
    expect(screen.getByRole('heading', { name: /Étape 1/ })).toHaveFocus();

    await user.click(
      within(card('dont-reply')).getByRole('button', { name: screens.plan.markDone }),
    );
    expect(card('dont-reply')).toHaveAttribute('data-status', 'done');
    expect(card('keep-evidence')).toHaveClass('step--next');
    expect(card('dont-reply')).not.toHaveClass('step--next');
  });

  it('shows the next step’s first three actions and says how many the button holds', async () => {
    saveAnswers(adult);
    const { user } = renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    expect(shownActions('dont-reply')).toEqual([
      'do-not-reply',
      'do-not-share',
      'capture-before-blocking',
    ]);
    const more = within(card('dont-reply')).getByRole('button', {
      name: fill(screens.plan.moreActions.other, { count: 2 }),
    });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(shownActions('dont-reply')).toHaveLength(5);
  });

  it('shows every urgent action at once, however many, before the others', async () => {
    saveAnswers({ ...adult, frequency: 'once' });
    renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    expect(shownActions('dont-reply')).toEqual([
      'do-not-pay',
      'do-not-send-more',
      'talk-to-trusted-adult',
      'call-3018',
    ]);
    expect(
      within(card('dont-reply')).getByRole('button', {
        name: fill(screens.plan.moreActions.other, { count: 5 }),
      }),
    ).toBeVisible();
  });

  it('keeps the other steps’ actions behind a button, with the count in its name', async () => {
    saveAnswers(adult);
    const { user } = renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    expect(shownActions('keep-evidence')).toEqual([]);
    await user.click(
      within(card('keep-evidence')).getByRole('button', {
        name: fill(screens.plan.showActions.other, { count: 2 }),
      }),
    );
    expect(shownActions('keep-evidence')).toEqual([
      'capture-date-time-url-author',
      'keep-in-journal',
    ]);
  });

  it('a step that does not apply says why not, with no actions, no page and no done button', async () => {
    saveAnswers(adult);
    renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    const pharos = within(card('report-pharos'));
    expect(pharos.getByText(screens.plan.whyNot)).toBeVisible();
    expect(shownActions('report-pharos')).toEqual([]);
    expect(pharos.queryByRole('link', { name: new RegExp(screens.plan.details) })).toBeNull();
    expect(pharos.queryByRole('button', { name: screens.plan.markDone })).toBeNull();
  });

  it('puts the warnings first and focuses them, so that they are not skipped', async () => {
    saveAnswers({ ...adult, role: 'witness' });
    await arriveAtPlan();
    expect(screen.getByRole('heading', { name: screens.plan.warningsTitle })).toHaveFocus();
    expect(document.querySelector('#warning-pharos-does-not-replace-complaint')).not.toBeNull();
  });

  it('says when every step is done, and then focuses the page’s heading', async () => {
    saveAnswers({ ...adult, evidence: 'complete', done: ['dont-reply'] });
    await arriveAtPlan();
    expect(document.querySelector('.step--next')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByText(/Toutes les étapes sont faites/)).toBeVisible();
  });

  it('lists the book’s contacts and documents', async () => {
    saveAnswers(adult);
    renderApp('/plan', book);
    await screen.findByRole('heading', { level: 1 });
    expect([...document.querySelectorAll('[id^="contact-"]')].map((c) => c.id)).toEqual([
      'contact-3018',
    ]);
    expect([...document.querySelectorAll('[id^="document-"]')].map((d) => d.id)).toEqual([
      'document-platform-notice',
    ]);
  });
});

describe('a step’s page, whatever the rules', () => {
  it('shows the step’s actions as the book gives them', async () => {
    saveAnswers(adult);
    renderApp('/plan/keep-evidence', book);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Garder des preuves',
    );
    expect(
      [...document.querySelectorAll<HTMLElement>('[data-action]')].map((a) => a.dataset['action']),
    ).toEqual(['capture-date-time-url-author', 'keep-in-journal']);
  });

  it('says plainly that a step the book does not hold does not exist, and leads back to the plan', async () => {
    saveAnswers(adult);
    renderApp('/plan/file-complaint', book);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      screens.step.unknownTitle,
    );
    expect(screen.getByRole('link', { name: ui.notFound.toPlan })).toHaveAttribute('href', '/plan');
  });
});
