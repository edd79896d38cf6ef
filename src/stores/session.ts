import { create } from 'zustand';
import type { StorageArea } from '../lib/storage.ts';
import { readItem, removeItem, writeItem } from '../lib/storage.ts';
import { reloadAnswers, useAnswers } from './answers.ts';

/**
 * Whether the screens are hidden after "Quitter vite". Leaving sets a mark where the answers are
 * kept (this tab, and the device when the answers are kept there); coming back — by Back, by a
 * restored tab, by the address — shows a neutral screen until the person chooses to resume.
 */

export const PAUSED_KEY = 'balise:paused';

interface SessionState {
  readonly paused: boolean;
  /** "Quitter vite": marks the pause and forgets the answers held in memory. */
  pause: () => void;
  /** "Reprendre": removes the mark and reads the answers back from storage. */
  resume: () => void;
}

const AREAS: readonly StorageArea[] = ['session', 'device'];

const marked = (): boolean =>
  AREAS.some((area) => {
    const read = readItem(area, PAUSED_KEY);
    return read.ok && read.value !== null;
  });

export const useSession = create<SessionState>()((set) => ({
  paused: marked(),
  pause: () => {
    writeItem('session', PAUSED_KEY, '1');
    if (useAnswers.getState().keep === 'device') writeItem('device', PAUSED_KEY, '1');
    // A page restored from the browser's cache keeps its memory: nothing to show in it.
    useAnswers.setState({ answers: {} });
    set({ paused: true });
  },
  resume: () => {
    for (const area of AREAS) removeItem(area, PAUSED_KEY);
    reloadAnswers();
    set({ paused: false });
  },
}));

/** Re-reads the mark: used between tests. */
export function reloadSession(): void {
  useSession.setState({ paused: marked() });
}

// Back to an earlier page of Balise that the browser kept whole in its cache (another document
// than the one that left): its memory predates the exit, so the mark is read again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted && marked()) {
    useAnswers.setState({ answers: {} });
    useSession.setState({ paused: true });
  }
});
