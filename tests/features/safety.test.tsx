import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/fr/ui.ts';
import { QuickExit } from '../../src/features/safety/quick-exit.tsx';

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

  it('ignores a key held down', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);
    for (let i = 0; i < 3; i += 1) fireEvent.keyDown(window, { key: 'Escape', repeat: i > 0 });
    expect(onExit).not.toHaveBeenCalled();
  });
});
