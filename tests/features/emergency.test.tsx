import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** The numbers as listed on the emergency page, top to bottom. */
const listedNumbers = (): string[] =>
  within(document.querySelector('ul.contacts') as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.id.replace('contact-', ''));

describe('emergency page', () => {
  it('shows 3114 first, then 15, to someone who thinks of harming themself', async () => {
    saveAnswers({ role: 'victim', danger: 'self-harm', age: 'under-15' });
    renderApp('/urgence');
    await screen.findByRole('heading', { level: 1 });
    const numbers = listedNumbers();
    expect(numbers.slice(0, 2)).toEqual(['3114', '15']);
    expect(numbers).toEqual(expect.arrayContaining(['17', '112', '114', '119']));
  });

  it('keeps 17 first for a physical danger', async () => {
    saveAnswers({ role: 'victim', danger: 'physical' });
    renderApp('/urgence');
    await screen.findByRole('heading', { level: 1 });
    expect(listedNumbers()[0]).toBe('17');
  });
});
