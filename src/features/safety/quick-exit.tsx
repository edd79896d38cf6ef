import { useEffect } from 'react';
import { ui } from '../../content/fr/ui.ts';

const PRESSES = 3;
const WINDOW_MS = 1500;

/** Leaves at once for a neutral site, replacing this page in the history so Back does not return. */
export function quickExit(): void {
  window.location.replace(ui.quickExit.destination);
}

/**
 * Escape pressed three times, or Shift three times, within 1.5 s, leaves. Shift counts only
 * pressed alone: Shift+Tab (moving back) or a capital letter is not a call to leave.
 */
function useQuickExitShortcut(onExit: () => void): void {
  useEffect(() => {
    let presses: { key: string; at: number }[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== 'Shift') {
        if (event.shiftKey) presses = presses.filter((p) => p.key !== 'Shift');
        return;
      }
      if (event.repeat) return;
      const now = event.timeStamp;
      presses.push({ key: event.key, at: now });
      const recent = presses.filter((p) => p.key === event.key && now - p.at <= WINDOW_MS);
      if (recent.length >= PRESSES) {
        presses = [];
        onExit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onExit]);
}

interface Props {
  /** Injected in tests; leaves the site by default. */
  readonly onExit?: () => void;
}

/** "Quitter vite": the first thing Tab reaches on every screen. */
export function QuickExit({ onExit = quickExit }: Props) {
  useQuickExitShortcut(onExit);
  return (
    <aside className="exit-bar" aria-label={ui.quickExit.region}>
      <button
        type="button"
        className="quick-exit"
        onClick={onExit}
        aria-describedby="quick-exit-hint"
      >
        {ui.quickExit.button}
      </button>
      <span id="quick-exit-hint" className="exit-bar__hint">
        {ui.quickExit.hint}
      </span>
    </aside>
  );
}
