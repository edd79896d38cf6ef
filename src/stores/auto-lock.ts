import { create } from 'zustand';
import type { StorageFailure } from '../lib/storage.ts';
import { readItem, writeItem } from '../lib/storage.ts';
import { useAnswers } from './answers.ts';

/**
 * The journal's auto-lock: after how many minutes without activity an unlocked journal locks
 * itself (0: never, the default). Kept on this device beside the lock (a `balise:` key, so every
 * wipe removes it), as `{"version":1,"minutes":15}`.
 */

export const AUTO_LOCK_KEY = 'balise:journal-auto-lock';

/** The choices offered, in minutes; 0 is "never". */
export const AUTO_LOCK_CHOICES = [0, 5, 15, 30] as const;

export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];

const isChoice = (value: unknown): value is AutoLockMinutes =>
  AUTO_LOCK_CHOICES.includes(value as AutoLockMinutes);

/** The saved choice; "never" when none was saved, or the save is unreadable or from elsewhere. */
function readChoice(): AutoLockMinutes {
  const read = readItem('device', AUTO_LOCK_KEY);
  if (!read.ok || read.value === null) return 0;
  try {
    const data: unknown = JSON.parse(read.value);
    if (typeof data === 'object' && data !== null && 'version' in data && 'minutes' in data) {
      if (data.version === 1 && isChoice(data.minutes)) return data.minutes;
    }
  } catch {
    // Not JSON: read as "never", the default.
  }
  return 0;
}

interface AutoLockState {
  readonly minutes: AutoLockMinutes;
  /** Saves a choice; says why when the device would not keep it (it still applies in this tab). */
  choose: (
    minutes: AutoLockMinutes,
  ) => { readonly ok: true } | { readonly ok: false; readonly problem: StorageFailure };
}

export const useAutoLock = create<AutoLockState>()((set) => ({
  minutes: readChoice(),
  choose: (minutes) => {
    set({ minutes });
    // During a séance nothing is written to the device: the choice holds for this tab only.
    if (useAnswers.getState().keep === 'memory') return { ok: true };
    const written = writeItem('device', AUTO_LOCK_KEY, JSON.stringify({ version: 1, minutes }));
    return written.ok ? written : { ok: false, problem: written.failure };
  },
}));

/** Re-reads the saved choice (tests, and after a wipe). */
export function reloadAutoLock(): void {
  useAutoLock.setState({ minutes: readChoice() });
}
