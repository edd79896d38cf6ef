import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { NEUTRAL_PAGE_PATH } from '../../content/neutral-page.ts';
import { useSession } from '../../stores/session.ts';
import { words } from '../../i18n/words.ts';

const PRESSES = 3;
const WINDOW_MS = 1500;

/** A keyboard and a precise pointer: where "Échap trois fois" means something. */
const KEYBOARD_QUERY = '(hover: hover) and (pointer: fine)';

/**
 * Leaves at once for a neutral site, replacing this page in the history. Back still reaches the
 * app's earlier pages (a site cannot erase its history entries): the answers in memory are
 * forgotten and every page shows a neutral screen until the person chooses to resume. With no
 * network the neutral site could not load: the exit goes to a neutral page kept on the device
 * with the offline copy (a recipe), still replacing the history entry.
 */
export function quickExit(
  go: (url: string) => void = (url) => {
    window.location.replace(url);
  },
  online: boolean = navigator.onLine,
): void {
  useSession.getState().pause();
  go(online ? words.ui.quickExit.destination : NEUTRAL_PAGE_PATH);
}

const keyboardQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia(KEYBOARD_QUERY) : null;

const onKeyboardChange = (onChange: () => void): (() => void) => {
  const query = keyboardQuery();
  query?.addEventListener('change', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
  };
};

/** Whether this screen has a keyboard and mouse (not a phone or tablet); true where unknown. */
const useKeyboardScreen = (): boolean =>
  useSyncExternalStore(onKeyboardChange, () => keyboardQuery()?.matches ?? true);

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
  /** What the bar holds after the button (the language switch), next in the tab order. */
  readonly after?: ReactNode;
}

const leave = (): void => {
  quickExit();
};

/** "Quitter vite": the first thing Tab reaches on every screen. */
export function QuickExit({ onExit = leave, after }: Props) {
  useQuickExitShortcut(onExit);
  // On a phone the button is the way out: the keyboard shortcut's hint is for keyboards only.
  const keyboard = useKeyboardScreen();
  return (
    <aside className="exit-bar" aria-label={words.ui.quickExit.region}>
      <button
        type="button"
        className="quick-exit"
        onClick={onExit}
        aria-describedby={keyboard ? 'quick-exit-hint' : undefined}
      >
        {words.ui.quickExit.button}
      </button>
      {keyboard ? (
        <span id="quick-exit-hint" className="exit-bar__hint">
          {words.ui.quickExit.hint}
        </span>
      ) : null}
      {after}
    </aside>
  );
}
