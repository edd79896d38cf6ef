import { useEffect } from 'react';
import { watchIdle } from '../../lib/idle.ts';
import { useAutoLock } from '../../stores/auto-lock.ts';
import { useJournal } from '../../stores/journal.ts';

/**
 * Locks an unlocked journal after the chosen time without activity, on whatever page the person
 * left Balise open. Renders nothing; mounted once by the layout.
 */
export function AutoLock() {
  const minutes = useAutoLock((s) => s.minutes);
  const lock = useJournal((s) => s.lock);
  const lockNow = useJournal((s) => s.lockNow);
  useEffect(() => {
    if (minutes === 0 || lock !== 'unlocked') return undefined;
    return watchIdle(minutes * 60_000, () => {
      void lockNow();
    });
  }, [minutes, lock, lockNow]);
  return null;
}
