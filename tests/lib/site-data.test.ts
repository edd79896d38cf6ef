import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdsData } from '../../src/lib/site-data.ts';

/** A browser whose storage buckets are these (Chromium keeps the journal in one). */
const withBuckets = (names: readonly string[]) => {
  vi.stubGlobal('navigator', { storageBuckets: { keys: () => Promise.resolve([...names]) } });
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whether Balise already keeps data here', () => {
  it('counts a journal kept in a storage bucket of its own', async () => {
    withBuckets(['balise-journal-3']);
    expect(await holdsData([], 'balise-journal')).toBe(true);
  });

  it('does not count another bucket, nor an empty browser', async () => {
    withBuckets(['balise-journalist-1', 'other-1']);
    expect(await holdsData([], 'balise-journal')).toBe(false);
    withBuckets([]);
    expect(await holdsData([], 'balise-journal')).toBe(false);
  });
});
