import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/fr/ui.ts';
import { QuickExit, quickExit } from '../../src/features/safety/quick-exit.tsx';
import { reloadAnswers, useAnswers } from '../../src/stores/answers.ts';
import { PAUSED_KEY, reloadSession, useSession } from '../../src/stores/session.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const press = (key: string) => {
  window.dispatchEvent(new KeyboardEvent('keydown', { key }));
};

describe('quick exit', () => {
  it('leaves when the button is pressed', async () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    await userEvent.click(screen.getByRole('button', { name: ui.quickExit.button }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('leaves on Escape pressed three times', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    press('Escape');
    press('Escape');
    expect(onExit).not.toHaveBeenCalled();
    press('Escape');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('leaves on Shift pressed three times, but not on other keys', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    press('Shift');
    press('a');
    press('Shift');
    expect(onExit).not.toHaveBeenCalled();
    press('Shift');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('leaves only when the three presses fall within one and a half seconds', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    const pressAt = (at: number) => {
      const event = new KeyboardEvent('keydown', { key: 'Escape' });
      Object.defineProperty(event, 'timeStamp', { value: at });
      window.dispatchEvent(event);
    };
    // Closing a dialog, then another a while later: Escape now and then is not a call to leave.
    pressAt(10_000);
    pressAt(11_000);
    pressAt(11_501);
    expect(onExit).not.toHaveBeenCalled();
    // The last two of those and one more, all within 1.5 s of the first of them.
    pressAt(12_500);
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('ignores a key held down', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    for (let i = 0; i < 3; i += 1) fireEvent.keyDown(window, { key: 'Escape', repeat: i > 0 });
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('after a quick exit', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    reloadSession();
  });

  it('leaves for the neutral site and forgets the answers held in memory', () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    reloadAnswers();
    const go = vi.fn();
    quickExit(go);
    expect(go).toHaveBeenCalledWith(ui.quickExit.destination);
    expect(useAnswers.getState().answers).toEqual({});
  });

  it('shows a neutral screen on every page (Back, reload) until the person resumes', async () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    reloadAnswers();
    quickExit(vi.fn());
    // Back to the app: a fresh page load reads the mark left in storage.
    reloadSession();
    const { user } = renderApp('/plan');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ui.paused.title);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.body).not.toHaveTextContent(ui.app.tagline);
    expect(screen.getAllByRole('heading')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: ui.paused.resume }));
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
    expect(useAnswers.getState().answers).toEqual({ role: 'victim', danger: 'none' });
    expect(sessionStorage.getItem(PAUSED_KEY)).toBeNull();
  });

  it('hides again a page the browser restores from its cache after the exit', () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    reloadAnswers();
    sessionStorage.setItem(PAUSED_KEY, '1'); // left from another page of Balise
    expect(useSession.getState().paused).toBe(false);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(useSession.getState().paused).toBe(true);
    expect(useAnswers.getState().answers).toEqual({});
  });

  it('keeps the neutral screen in a new tab when the answers are kept on the device', () => {
    saveAnswers({ role: 'victim' }, localStorage);
    reloadAnswers();
    quickExit(vi.fn());
    sessionStorage.clear(); // a new tab
    reloadSession();
    renderApp('/');
    expect(screen.getByRole('button', { name: ui.paused.resume })).toBeInTheDocument();
  });
});

describe('page titles', () => {
  it('stay neutral: the tab never names the page, e.g. a complaint letter', async () => {
    sessionStorage.clear();
    reloadSession();
    document.title = 'Balise';
    saveAnswers({ role: 'victim', danger: 'none', age: 'adult', author: 'named' });
    renderApp('/documents/complaint-letter');
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Balise');
  });
});

describe('the quick exit hint', () => {
  const screenWith = (keyboard: boolean) => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: keyboard,
        media: query,
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
      })),
    );
  };
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('on a phone, shows only the button: "Échap trois fois" is for keyboards', () => {
    screenWith(false);
    render(<QuickExit onExit={vi.fn()} />);
    expect(screen.getByRole('button', { name: ui.quickExit.button })).toBeInTheDocument();
    expect(screen.queryByText(ui.quickExit.hint)).toBeNull();
  });

  it('with a keyboard and mouse, gives the shortcut', () => {
    screenWith(true);
    render(<QuickExit onExit={vi.fn()} />);
    expect(screen.getByRole('button', { name: ui.quickExit.button })).toHaveAccessibleDescription(
      ui.quickExit.hint,
    );
  });
});
