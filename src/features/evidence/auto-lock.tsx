import { useEffect } from 'react';
import { watchIdle } from '../../lib/idle.ts';
import { useAutoLock } from '../../stores/auto-lock.ts';

/**
 * Locks an unlocked journal after the chosen time without activity, on whatever page the person
 * left Balise open. Renders nothing; mounted once by the layout.
 */
export function AutoLock() {
  const minutes = useAutoLock((s) => s.minutes);
  useEffect(() => {
    if (minutes === 0) return undefined;
    let stop: (() => void) | null = null;
    // watchIdle calls back once: watch again after each idle spell, the journal open or not.
    const watch = () => {
      stop = watchIdle(minutes * 60_000, () => {
        void lockIfUnlocked();
        watch();
      });
    };
    watch();
    return () => {
      stop?.();
    };
  }, [minutes]);
  return null;
}

/**
 * Locks the journal if it is open. Its code (store, IndexedDB, encryption) is imported here rather
 * than by the layout, so a first visit does not load it; an open journal has loaded it already.
 */
async function lockIfUnlocked(): Promise<void> {
  const { useJournal } = await import('../../stores/journal.ts');
  const journal = useJournal.getState();
  if (journal.lock === 'unlocked') await journal.lockNow();
}
