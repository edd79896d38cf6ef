import '../lib/journal/helpers.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, openJournal } from '../../src/lib/journal/db.ts';
import { exportToFile } from '../../src/features/evidence/export-file.ts';
import { reloadAnswers, useAnswers } from '../../src/stores/answers.ts';
import { useAutoLock } from '../../src/stores/auto-lock.ts';
import { reloadDocuments, useDocuments } from '../../src/stores/documents.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { useSession } from '../../src/stores/session.ts';
import {
  endSharedSession,
  endedAddress,
  startSharedSession,
  useSharedSession,
} from '../../src/stores/shared-session.ts';
import {
  FAST,
  attachment,
  databaseNames,
  deleteDatabaseNamed,
  entry,
  saveWith,
} from '../lib/journal/helpers.ts';

/** Every Web Storage key, in this tab and on the device. */
const storedKeys = (): string[] =>
  [sessionStorage, localStorage].flatMap((area) =>
    Array.from({ length: area.length }, (_, i) => area.key(i) ?? ''),
  );

/** Someone used Balise on this computer before: answers kept on it, and a journal with a file. */
async function someoneElsesData(): Promise<void> {
  localStorage.setItem('balise:answers', JSON.stringify({ version: 2, answers: { age: '15-17' } }));
  localStorage.setItem('balise:documents', JSON.stringify({ version: 1 }));
  const repo = await openJournal({ iterations: FAST });
  await saveWith(repo, [attachment('their capture')], { description: 'Leur journal.' });
  repo.close();
  reloadAnswers();
  reloadDocuments();
}

/** What the journal kept on this device holds, read straight from IndexedDB. */
async function journalOnDevice(): Promise<string[]> {
  const repo = await openJournal({ iterations: FAST });
  const descriptions = (await repo.list()).map((e) => e.description);
  repo.close();
  return descriptions;
}

beforeEach(async () => {
  resetJournalForTests();
  await deleteDatabaseNamed(DB_NAME);
});

afterEach(async () => {
  resetJournalForTests();
  await deleteDatabaseNamed(DB_NAME);
});

describe('during a séance on a shared computer', () => {
  it('answers, letter details and the auto-lock choice never reach Web Storage', async () => {
    await startSharedSession();
    useAnswers.getState().setAnswer('role', 'professional');
    useAnswers.getState().setDone('dont-reply', true);
    useDocuments.getState().setField('family', 'childName', 'Lina');
    useAutoLock.getState().choose(5);

    expect(useAnswers.getState().answers.role).toBe('professional');
    expect(useDocuments.getState().details.family.childName).toBe('Lina');
    expect(useAutoLock.getState().minutes).toBe(5);
    expect(storedKeys()).toEqual([]);
  });

  it('keeps the journal and its files in memory: no database is created', async () => {
    await startSharedSession();
    const repo = await useJournal.getState().open();
    const file = attachment('capture de la séance');
    await useJournal.getState().save(entry({ attachments: [file.meta] }), [file], []);

    expect(repo.persistent).toBe(false);
    expect(useJournal.getState().entries).toHaveLength(1);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('exports the journal from memory, never through a file on disk, even encrypted', async () => {
    const getDirectory = vi.fn(() => Promise.reject(new Error('no disk in this test')));
    // jsdom has no OPFS: a stand-in that would fail loudly if the export went to disk.
    Object.defineProperty(navigator, 'storage', { value: { getDirectory }, configurable: true });
    await startSharedSession();
    const repo = await useJournal.getState().open();
    await saveWith(repo, [attachment('capture')]);

    const { blob } = await exportToFile(repo, { passphrase: 'une phrase assez longue' });

    expect(blob.size).toBeGreaterThan(0);
    expect(getDirectory).not.toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('"Quitter vite" writes no pause mark', async () => {
    await startSharedSession();
    useSession.getState().pause();
    expect(useSession.getState().paused).toBe(true);
    expect(storedKeys()).toEqual([]);
  });

  it('neither shows nor touches what someone else left on this computer', async () => {
    await someoneElsesData();
    const before = storedKeys().sort();
    expect(useAnswers.getState().answers.age).toBe('15-17');

    await startSharedSession();
    expect(useAnswers.getState().answers).toEqual({});
    await useJournal.getState().open();
    await useJournal.getState().refresh();
    expect(useJournal.getState().entries).toEqual([]);

    // "Recommencer" and the journal's own "Effacer" forget only the séance's copies.
    useAnswers.getState().clear();
    await useJournal.getState().erase();
    expect(storedKeys().sort()).toEqual(before);
    expect(await journalOnDevice()).toEqual(['Leur journal.']);
  });
});

describe('"Terminer la séance"', () => {
  it('with nothing here before the séance, erases everything Balise keeps', async () => {
    await startSharedSession();
    expect(useSharedSession.getState().priorData).toBe(false);
    useAnswers.getState().setAnswer('role', 'victim');
    const file = attachment('capture');
    await useJournal.getState().save(entry({ attachments: [file.meta] }), [file], []);
    expect(useJournal.getState().entries).toHaveLength(1);

    const ended = await endSharedSession({ erasePrior: false, offlineCopy: false });

    expect(ended).toEqual({ ok: true, offlineCopyKept: false, priorKept: false });
    expect(useAnswers.getState().answers).toEqual({});
    expect(useJournal.getState().entries).toEqual([]);
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(storedKeys()).toEqual([]);
    expect(endedAddress(ended.priorKept)).toBe('/seance-terminee?seance=1');
  });

  it('keeps the data that was here before the séance, unless asked to erase it too', async () => {
    await someoneElsesData();
    const before = storedKeys().sort();
    await startSharedSession();
    expect(useSharedSession.getState().priorData).toBe(true);
    await useJournal.getState().save(entry({ description: 'Séance.' }), [], []);

    const kept = await endSharedSession({ erasePrior: false, offlineCopy: false });
    expect(kept).toEqual({ ok: true, offlineCopyKept: false, priorKept: true });
    expect(endedAddress(kept.priorKept)).toBe('/seance-terminee?seance=1&conserve=1');
    expect(storedKeys().sort()).toEqual(before);
    expect(await journalOnDevice()).toEqual(['Leur journal.']);

    await startSharedSession();
    const erased = await endSharedSession({ erasePrior: true, offlineCopy: false });
    expect(erased.priorKept).toBe(false);
    expect(storedKeys()).toEqual([]);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });
});
