import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { frQuestions } from '../../src/content/fr/questions.ts';
import { SERVICES } from '../../src/content/services.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { voice } from '../../src/i18n/voice.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** A parent whose 16-year-old is blackmailed with intimate images (journeys.yaml). */
const parentOfTeen = {
  role: 'parent',
  danger: 'none',
  age: '15-17',
  contentKinds: ['sextortion', 'intimate-images'],
  frequency: 'repeated',
  visibility: 'private',
  author: 'unknown',
  context: 'other',
  evidence: 'none',
  platformReport: 'not-done',
  complaint: 'not-done',
  lastAct: 'under-3-months',
};

const visibleActions = (card: HTMLElement) =>
  [...card.querySelectorAll<HTMLElement>('[data-action]')].filter(
    (action) => action.closest('[hidden]') === null,
  );

describe('the plan on a small screen', () => {
  it('never folds away a blackmailed teenager’s first moves: don’t pay, don’t send, don’t delete, talk to an adult, 3018', async () => {
    const teen = { ...parentOfTeen, role: 'victim', age: '15-17', contentKinds: ['sextortion'] };
    saveAnswers(teen);
    renderApp('/plan');
    await screen.findByRole('heading', { level: 1 });
    const card = document.getElementById('step-dont-reply') as HTMLElement;
    expect(visibleActions(card).map((a) => a.dataset['action'])).toEqual([
      'do-not-pay',
      'do-not-send-more',
      'do-not-delete-conversation',
      'talk-to-trusted-adult',
      'call-3018',
    ]);
  });

  it('says "Pourquoi ?" in sentences, not as a list of questions and raw answers', async () => {
    saveAnswers(parentOfTeen);
    renderApp('/plan');
    await screen.findByRole('heading', { level: 1 });
    const why = document.querySelector('#step-report-pharos .reasons') as HTMLElement;
    expect(why.querySelectorAll('li').length).toBeGreaterThan(0);
    const labels = Object.values(frQuestions.questions).map((q) => voice(q.summaryLabel, 'parent'));
    for (const label of labels) expect(why).not.toHaveTextContent(`${label} :`);
    const change = within(why.parentElement as HTMLElement).getByRole('link', {
      name: voice(screens.plan.changeAnswers, 'parent'),
    });
    expect(change).toHaveAttribute('href', '/mes-reponses');
  });
});

describe('services named in actions', () => {
  it('link to Take It Down, the 3018 chat and Point de Contact at their official addresses', async () => {
    saveAnswers(parentOfTeen);
    const { user } = renderApp('/plan');
    await screen.findByRole('heading', { level: 1 });
    const card = document.getElementById('step-request-removal') as HTMLElement;
    await user.click(within(card).getByRole('button', { expanded: false }));
    for (const id of ['take-it-down', 'chat-3018', 'point-de-contact'] as const) {
      const link = within(card).getByRole('link', { name: new RegExp(fr.services[id]) });
      expect(link).toHaveAttribute('href', SERVICES[id].url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('link to PHAROS on its step, not only to the glossary', async () => {
    saveAnswers(parentOfTeen);
    renderApp('/plan/report-pharos');
    await screen.findByRole('heading', { level: 1 });
    const action = document.querySelector('[data-action="report-on-pharos"]') as HTMLElement;
    expect(within(action).getByRole('link', { name: /internet-signalement/ })).toHaveAttribute(
      'href',
      'https://www.internet-signalement.gouv.fr',
    );
  });
});

describe('the header on a phone', () => {
  it('folds the menu behind one button that says whether it is open, and closes it after a move', async () => {
    const { user } = renderApp('/');
    const menu = screen.getByRole('button', { name: ui.app.menu });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', 'main-nav');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('main-nav')).toHaveClass('nav--open');
    await user.click(screen.getByRole('link', { name: ui.app.nav.glossary }));
    expect(screen.getByRole('button', { name: ui.app.menu })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
