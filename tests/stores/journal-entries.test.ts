import '../lib/journal/helpers.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { entry } from '../lib/journal/helpers.ts';

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().clear();
});

afterEach(() => {
  resetJournalForTests();
});

describe('the acts the screens hold', () => {
  it('stay the same list when a refresh finds nothing new, so a long chronology is not redrawn', async () => {
    await useJournal.getState().save(entry({ occurredAt: '2024-03-01T10:00' }), [], []);
    await useJournal.getState().save(entry({ occurredAt: '2024-03-02T10:00' }), [], []);
    const held = useJournal.getState().entries;
    await useJournal.getState().refresh();
    expect(useJournal.getState().entries).toBe(held);

    await useJournal.getState().save(entry({ occurredAt: '2024-03-03T10:00' }), [], []);
    expect(useJournal.getState().entries).not.toBe(held);
    expect(useJournal.getState().entries).toHaveLength(3);
  });
});
