import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loaders } from '../../src/content/en/index.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { useAnswers } from '../../src/stores/answers.ts';
import { renderApp } from '../helpers/render.tsx';

describe('a language that cannot be loaded', () => {
  it('says so where the person pressed, in the language on screen, and changes nothing', async () => {
    // English cannot be fetched: offline before the offline copy has it, or a lost connection.
    for (const area of Object.keys(loaders) as (keyof typeof loaders)[]) {
      vi.spyOn(loaders, area).mockRejectedValue(
        new TypeError('Failed to fetch dynamically imported module'),
      );
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp('/');
    const switcher = await screen.findByRole('group', { name: ui.app.language });
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(ui.app.languageFailed);
    expect(screen.getByRole('link', { name: ui.home.start })).toBeInTheDocument();
    expect(document.documentElement).not.toHaveAttribute('lang', 'en');
    expect(useAnswers.getState().locale).toBeNull();
  });
});
