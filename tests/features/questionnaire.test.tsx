import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const where = () => screen.getByTestId('where').textContent;

describe('questions', () => {
  it('starts with who is using Balise, as native radios named by the engine', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: ui.home.start }));
    expect(where()).toBe('/questions/role');
    // The questions' screen loads on demand, after the home page.
    const group = await screen.findByRole('group', { name: /Qui utilise Balise/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
      'victim',
      'parent',
      'professional',
      'witness',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('asks for an answer before going on, and keeps the user on the question', async () => {
    const { user } = renderApp('/questions/role');
    await user.click(await screen.findByRole('button', { name: screens.question.continue }));
    expect(screen.getByRole('alert')).toHaveTextContent(screens.question.errorTitle);
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(where()).toBe('/questions/role');
  });

  it('asks about danger right after the role, and shows emergency numbers first', async () => {
    const { user } = renderApp('/questions/role');
    await user.click(await screen.findByRole('radio', { name: /personne visée/ }));
    await user.click(screen.getByRole('button', { name: screens.question.continue }));
    expect(where()).toBe('/questions/danger');
    const radios = screen.getAllByRole('radio');
    const physical = radios.find((r) => (r as HTMLInputElement).value === 'physical');
    if (!physical) throw new Error('no physical danger option');
    await user.click(physical);
    await user.click(screen.getByRole('button', { name: screens.question.continue }));
    // The emergency screen's code loads on demand: the address changes once it is there.
    expect(await screen.findByRole('link', { name: /Appeler le 17/ })).toHaveAttribute(
      'href',
      'tel:17',
    );
    expect(where()).toBe('/urgence');
    expect(screen.getByRole('link', { name: /Appeler le 112/ })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: /SMS au 114/ })).toHaveAttribute('href', 'sms:114');
    await user.click(screen.getByRole('link', { name: screens.emergency.continue }));
    expect(where()).toBe('/questions/age');
  });

  it('lets the user choose several kinds of content', async () => {
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    const { user } = renderApp('/questions/contentKinds');
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes.length).toBe(11);
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[2] as HTMLElement);
    await user.click(screen.getByRole('button', { name: screens.question.continue }));
    expect(
      (
        JSON.parse(sessionStorage.getItem('balise:answers') ?? '') as {
          answers: { contentKinds: unknown };
        }
      ).answers.contentKinds,
    ).toEqual(['insults', 'threats']);
    expect(where()).toBe('/questions/frequency');
  });

  it('counts only the questions that apply in its progress', async () => {
    // A witness of public content is asked 8 questions, not 12.
    saveAnswers({
      role: 'witness',
      danger: 'none',
      age: 'adult',
      contentKinds: ['hate'],
      frequency: 'once',
      visibility: 'public',
    });
    renderApp('/questions/evidence');
    expect(await screen.findByText('Question 7 sur 8')).toBeInTheDocument();
  });

  it('goes back to the previous question that applies', async () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    const { user } = renderApp('/questions/age');
    await user.click(await screen.findByRole('link', { name: screens.question.back }));
    expect(where()).toBe('/questions/danger');
  });

  it('explains why a question is asked', async () => {
    renderApp('/questions/role');
    expect(await screen.findByText(screens.question.why)).toBeInTheDocument();
  });

  it('says plainly when a question does not exist, and keeps the answers', async () => {
    saveAnswers({ role: 'victim' });
    const { user } = renderApp('/questions/favourite-colour');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      screens.question.unknownTitle,
    );
    await user.click(screen.getByRole('link', { name: screens.question.continueJourney }));
    expect(where()).toBe('/questions/danger');
  });
});
