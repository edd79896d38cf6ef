import { useEffect } from 'react';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { useJournal } from '../../stores/journal.ts';

/**
 * The act a page's address names, once the journal is open: `undefined` while it opens, or
 * when no act has this id (the page says which, with `status`).
 */
export function useEntry(entryId: string | undefined): {
  readonly status: ReturnType<typeof useJournal.getState>['status'];
  readonly entry: JournalEntry | undefined;
} {
  const status = useJournal((s) => s.status);
  const entry = useJournal((s) => s.entries.find((e) => e.id === entryId));
  const open = useJournal((s) => s.open);
  useEffect(() => {
    void open();
  }, [open]);
  return { status, entry };
}
