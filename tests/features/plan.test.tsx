import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { screens } from '../../src/content/fr/screens.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const teenInsulted = {
  role: 'victim',
  danger: 'none',
  age: 'under-15',
  contentKinds: ['insults'],
  frequency: 'group',
  visibility: 'public',
  author: 'named',
  context: 'school',
  evidence: 'partial',
  platformReport: 'not-done',
  complaint: 'not-done',
  lastAct: 'under-3-months',
};

describe('plan', () => {
  it('shows the six steps in order with their status, and focuses the next one', async () => {
    saveAnswers(teenInsulted);
    // Focus moves when the plan is reached from another page (on the page first opened it stays
    // at the top, where Tab reaches "Quitter vite" first).
    const { user } = renderApp('/mes-reponses');
    await user.click(await screen.findByRole('link', { name: screens.summary.backToPlan }));
    const first = await screen.findByRole('heading', { level: 3, name: /Étape 1/ });
    const steps = document.querySelectorAll('li[id^="step-"]');
    expect([...steps].map((s) => [s.id, s.getAttribute('data-status')])).toEqual([
      ['step-emergency', 'not-applicable'],
      ['step-dont-reply', 'todo'],
      ['step-keep-evidence', 'todo'],
      ['step-request-removal', 'todo'],
      ['step-file-complaint', 'todo'],
      ['step-report-pharos', 'not-applicable'],
    ]);
    expect(first).toHaveFocus();
    expect(document.querySelector('#step-dont-reply')).toHaveClass('step--next');
  });

  it('addresses a young victim with "tu"', async () => {
    saveAnswers(teenInsulted);
    renderApp('/plan');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Ton plan');
  });

  it('lists help lines with tap-to-call links', async () => {
    saveAnswers(teenInsulted);
    renderApp('/plan');
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('#contact-3018 a')).toHaveAttribute('href', 'tel:3018');
  });

  it('says the plan is provisional while questions remain', async () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    renderApp('/plan');
    expect(await screen.findByText(screens.plan.provisional)).toBeInTheDocument();
  });

  it('opens a step with its sources', async () => {
    saveAnswers(teenInsulted);
    renderApp('/plan/file-complaint');
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelectorAll('[data-source]').length).toBeGreaterThan(0);
    expect(document.querySelector('[data-action="complaint-against-named-author"]')).not.toBeNull();
  });

  it('never shows capture advice next to intimate images of a minor', async () => {
    saveAnswers({ ...teenInsulted, contentKinds: ['intimate-images'] });
    renderApp('/plan/keep-evidence');
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('[data-action="capture-date-time-url-author"]')).toBeNull();
    expect(document.querySelector('#platforms')).toBeNull();
  });

  it('keeps capture advice and the apps’ capture guides for a teenager blackmailed with images', async () => {
    saveAnswers({ ...teenInsulted, contentKinds: ['sextortion'], visibility: 'private' });
    renderApp('/plan/keep-evidence');
    await screen.findByRole('heading', { level: 1 });
    expect(
      document.querySelector('[data-action="capture-blackmail-without-images"]'),
    ).not.toBeNull();
    expect(
      document.querySelector('[data-action="do-not-capture-sexual-content-of-minor"]'),
    ).not.toBeNull();
    expect(document.querySelector('#platforms')).not.toBeNull();
  });

  it('says plainly when a step does not exist', async () => {
    renderApp('/plan/not-a-step');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      screens.step.unknownTitle,
    );
  });
});
