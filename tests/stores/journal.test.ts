import { describe, expect, it, vi } from 'vitest';
import type * as Db from '../../src/lib/journal/db.ts';
import type { JournalRepo } from '../../src/lib/journal/db.ts';
import { JournalError } from '../../src/lib/journal/db.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';

/** A journal whose lock record is damaged: reading the lock fails. */
const damaged = {
  fallbackReason: null,
  onChange: () => () => undefined,
  lockState: () => Promise.reject(new JournalError('corrupt')),
  list: () => Promise.resolve([]),
} as unknown as JournalRepo;

vi.mock('../../src/lib/journal/db.ts', async (original) => ({
  ...(await original<typeof Db>()),
  openJournal: () => Promise.resolve(damaged),
}));

describe('a journal whose lock record is damaged', () => {
  it('does not stay on "loading": it says the journal cannot be read', async () => {
    resetJournalForTests();
    await useJournal.getState().open();
    await vi.waitFor(() => {
      expect(useJournal.getState().status).toBe('error');
    });
    expect(useJournal.getState().problem).toBe('corrupt');
  });
});
