import { create } from 'zustand';
import type { StorageArea } from '../lib/storage.ts';
import { readItem, removeItem, writeItem } from '../lib/storage.ts';
import { removeKeysWithPrefix } from '../lib/site-data.ts';
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
    // During a séance nothing is written: leaving the page ends the séance, its memory gone.
    const { keep } = useAnswers.getState();
    if (keep !== 'memory') writeItem('session', PAUSED_KEY, '1');
    if (keep === 'device') writeItem('device', PAUSED_KEY, '1');
    // A page restored from the browser's cache keeps its memory: nothing to show in it.
    useAnswers.setState({ answers: {} });
    set({ paused: true });
  },
  resume: () => {
    for (const area of AREAS) removeItem(area, PAUSED_KEY);
    // A séance reads nothing back: storage may hold someone else's answers.
    if (useAnswers.getState().keep !== 'memory') reloadAnswers();
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

/** Where the neutral "séance terminée" screen lives (src/features/my-data). */
export const ENDED_PATH = '/seance-terminee';

/** The channel on which "Tout effacer" tells the other tabs of Balise to erase their copy. */
export const ERASED_CHANNEL = 'balise-erased';

/** How a tab leaves for another address, replacing its history entry; replaced in tests. */
export const navigation = {
  replace: (url: string): void => {
    window.location.replace(url);
  },
};

// One channel per tab: a channel never receives its own messages, so the tab that erased is not
// sent away from its own result (which may be a message to read).
const erased =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(ERASED_CHANNEL);

/** Tells the other open tabs of Balise that everything was erased (see below). */
export function announceErased(): void {
  erased?.postMessage('erased');
}

// Another tab erased everything: this tab's own copy (its answers in memory and in this tab's
// storage, which the other tab cannot reach) goes too, and it shows "séance terminée".
if (erased) {
  erased.onmessage = () => {
    useAnswers.getState().clear();
    removeKeysWithPrefix();
    navigation.replace(ENDED_PATH);
  };
}
