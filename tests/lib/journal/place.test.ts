import {
  FAST,
  attachment,
  bytesOf,
  collector,
  dbName,
  databaseNames,
  entry,
  problemOf,
  saveWith,
  sha256,
  snapshot,
} from './helpers.ts';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend, Tx } from '../../../src/lib/journal/backend.ts';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import { JournalError, createMemoryJournal, openJournal } from '../../../src/lib/journal/db.ts';
import { exportJournal } from '../../../src/lib/journal/zip-export.ts';
import { importJournal } from '../../../src/lib/journal/zip-import.ts';
import type { BucketManagerLike, Places } from '../../../src/lib/journal/place.ts';
import { bucketName, createPlaces, generationOf } from '../../../src/lib/journal/place.ts';

/**
 * Where the journal lives, and its move to a fresh storage bucket once locked (so that the
 * browser's files holding what was written in clear are deleted). Buckets are faked with one
 * independent IndexedDB per bucket, as Chromium keeps one folder per bucket.
 */

const PASSPHRASE = 'tulipe radis gondole phare saule';
const opened: JournalRepo[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  for (const repo of opened.splice(0)) repo.close();
});

/** A fake `navigator.storageBuckets`: each bucket its own IndexedDB. */
function fakeBuckets() {
  const held = new Map<string, { readonly indexedDB: IDBFactory }>();
  const manager: BucketManagerLike = {
    open: (name) => {
      let bucket = held.get(name);
      if (!bucket) {
        bucket = { indexedDB: new IDBFactory() };
        held.set(name, bucket);
      }
      return Promise.resolve(bucket);
    },
    keys: () => Promise.resolve([...held.keys()].sort()),
    delete: (name) => {
      held.delete(name);
      return Promise.resolve();
    },
  };
  return { manager, held };
}

type Fake = ReturnType<typeof fakeBuckets>;

const placesOf = (name: string, fake: Fake): Places =>
  createPlaces(name, { factory: indexedDB, buckets: fake.manager, locks: null });

async function open(name: string, places: Places): Promise<JournalRepo> {
  const repo = await openJournal({ name, iterations: FAST, places });
  opened.push(repo);
  return repo;
}

/** The raw records of a bucket's database, as a program reading its files would see them. */
async function rawRecords(fake: Fake, bucket: string, name: string) {
  const factory = fake.held.get(bucket)?.indexedDB;
  if (!factory) throw new Error(`no bucket ${bucket}`);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open'));
    };
  });
  const all = (store: string) =>
    new Promise<Record<string, unknown>[]>((resolve) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => {
        resolve(request.result as Record<string, unknown>[]);
      };
    });
  const records = { entries: await all('entries'), files: await all('files') };
  db.close();
  return records;
}

/** These places, with every transaction of a copy's fresh bucket going through `through`. */
function copyingWith(
  real: Places,
  through: (mode: 'readonly' | 'readwrite', run: () => Promise<unknown>) => Promise<unknown>,
): Places {
  return {
    ...real,
    fresh: async (onGone) => {
      const target = await real.fresh(onGone);
      if (!target) return null;
      const backend: Backend = {
        ...target.backend,
        run: <T>(mode: 'readonly' | 'readwrite', work: (tx: Tx) => Promise<T>) =>
          through(mode, () => target.backend.run(mode, work)) as Promise<T>,
      };
      return { ...target, backend };
    },
  };
}

/** A journal with one act (text and one file) written in clear. */
async function journalInClear(repo: JournalRepo) {
  const file = attachment('capture: @someone says come to the station');
  const saved = await saveWith(repo, [file], { description: 'Menaces reçues hier soir.' });
  return {
    saved,
    fileHash: sha256(new TextEncoder().encode('capture: @someone says come to the station')),
  };
}

describe('bucket names', () => {
  it('reads back the generation of this journal’s buckets only', () => {
    expect(generationOf('balise-journal', bucketName('balise-journal', 12))).toBe(12);
    expect(generationOf('balise-journal', 'balise-journal-bench-copy-1')).toBeNull();
    expect(generationOf('balise-journal', 'balise-journal-0')).toBeNull();
    expect(generationOf('balise-journal', 'other-1')).toBeNull();
  });
});

describe('the journal in storage buckets', () => {
  it('a new journal starts in a bucket, not in the page’s own database', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const repo = await open(name, placesOf(name, fake));
    await journalInClear(repo);
    expect([...fake.held.keys()]).toEqual([`${name}-1`]);
    expect(await databaseNames()).not.toContain(name);
  });

  it('locking moves the encrypted journal to a fresh bucket and deletes the one that held it in clear', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const repo = await open(name, placesOf(name, fake));
    const { saved, fileHash } = await journalInClear(repo);

    await repo.setLock(PASSPHRASE);

    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
    const raw = await rawRecords(fake, `${name}-2`, name);
    expect(
      raw.entries.map((record) => [record['id'], 'sealed' in record, 'entry' in record]),
    ).toEqual([[saved.id, true, false]]);
    expect(raw.files).toHaveLength(1);
    expect(raw.files[0]).not.toHaveProperty('blob');
    // Still open in this tab, and after a reload it asks for the passphrase.
    expect((await repo.list()).map((e) => e.description)).toEqual([saved.description]);
    const [meta] = saved.attachments;
    expect(sha256(await bytesOf(await repo.file(meta?.id ?? '')))).toBe(fileHash);
    repo.close();
    const reloaded = await open(name, placesOf(name, fake));
    expect(await reloaded.lockState()).toBe('locked');
    await reloaded.unlock(PASSPHRASE);
    expect((await reloaded.list()).map((e) => e.id)).toEqual([saved.id]);
  });

  it('another open tab follows the journal to its new bucket', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const tabA = await open(name, placesOf(name, fake));
    const tabB = await open(name, placesOf(name, fake));
    const { saved } = await journalInClear(tabA);
    expect((await tabB.list()).map((e) => e.id)).toEqual([saved.id]);

    await tabA.setLock(PASSPHRASE);
    await expect.poll(() => tabB.lockState()).toBe('locked');
    await tabB.unlock(PASSPHRASE);
    expect((await tabB.list()).map((e) => e.id)).toEqual([saved.id]);
    await saveWith(tabB, [], { description: 'Écrit dans l’autre onglet.' });
    expect(await tabA.list()).toHaveLength(2);
    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
  });

  it('a lock interrupted while copying keeps the original: the unfinished copy is deleted at the next opening, and unlock finishes the lock', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const repo = await open(name, placesOf(name, fake));
    await journalInClear(repo);
    await saveWith(repo, [attachment('second file')], { description: 'Deuxième acte.' });
    const before = await snapshot(repo);
    repo.close();

    // The tab dies during the copy: its second write into the fresh bucket never ends.
    let writes = 0;
    const dying = copyingWith(placesOf(name, fake), (mode, run) =>
      mode === 'readwrite' && ++writes > 1 ? new Promise(() => undefined) : run(),
    );
    const doomed = await openJournal({ name, iterations: FAST, places: dying });
    void doomed.setLock(PASSPHRASE);
    await expect.poll(() => fake.held.size).toBe(2);

    const next = await open(name, placesOf(name, fake));
    expect([...fake.held.keys()]).toEqual([`${name}-1`]);
    expect(await next.lockState()).toBe('locked');
    await next.unlock(PASSPHRASE);
    expect(await snapshot(next)).toEqual(before);
    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
    const raw = await rawRecords(fake, `${name}-2`, name);
    expect(raw.entries.every((record) => 'sealed' in record && !('entry' in record))).toBe(true);
  });

  it('a copy that finished before the tab closed is kept; the old bucket is deleted at the next opening', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const real = placesOf(name, fake);
    // The tab closes right after the copy: the old bucket is not deleted.
    const closing: Places = { ...real, drop: () => Promise.reject(new Error('tab closed')) };
    const repo = await open(name, closing);
    await journalInClear(repo);
    const before = await snapshot(repo);
    await repo.setLock(PASSPHRASE);
    expect([...fake.held.keys()]).toEqual([`${name}-1`, `${name}-2`]);
    repo.close();

    const next = await open(name, placesOf(name, fake));
    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
    await next.unlock(PASSPHRASE);
    expect(await snapshot(next)).toEqual(before);
  });

  it('when the copy cannot be made (a full disk), the journal is locked where it is and nothing is lost', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const full = copyingWith(placesOf(name, fake), (mode, run) =>
      mode === 'readwrite' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : run(),
    );
    const repo = await open(name, full);
    await journalInClear(repo);
    const before = await snapshot(repo);
    await repo.setLock(PASSPHRASE);
    expect([...fake.held.keys()]).toEqual([`${name}-1`]);
    const raw = await rawRecords(fake, `${name}-1`, name);
    expect(raw.entries.every((record) => 'sealed' in record)).toBe(true);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('a journal kept in the page’s database by an earlier version moves into a bucket when locked', async () => {
    const name = dbName();
    const inPage = await openJournal({ name, iterations: FAST });
    await journalInClear(inPage);
    const before = await snapshot(inPage);
    inPage.close();
    expect(await databaseNames()).toContain(name);

    const fake = fakeBuckets();
    const repo = await open(name, placesOf(name, fake));
    expect(await snapshot(repo)).toEqual(before);
    await repo.setLock(PASSPHRASE);
    expect([...fake.held.keys()]).toEqual([`${name}-1`]);
    expect(await databaseNames()).not.toContain(name);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('compacting rewrites the journal into a fresh bucket: acts removed before are not in it', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const tabA = await open(name, placesOf(name, fake));
    const tabB = await open(name, placesOf(name, fake));
    const { saved } = await journalInClear(tabA);
    const dropped = await saveWith(tabA, [attachment('rolled back')], { description: 'Importé.' });
    await tabA.removeMany([dropped.id]);
    const before = await snapshot(tabA);

    expect(await tabA.compact()).toBe(true);
    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
    const raw = await rawRecords(fake, `${name}-2`, name);
    expect(raw.entries.map((record) => record['id'])).toEqual([saved.id]);
    expect(raw.files).toHaveLength(1);
    expect(await snapshot(tabA)).toEqual(before);
    // The other tab follows, and writes where the journal now is.
    expect(await snapshot(tabB)).toEqual(before);
    await saveWith(tabB, [], { description: 'Après.' });
    expect(await tabA.list()).toHaveLength(2);
  });

  it('an import cut short by a full disk leaves the acts it rolled back in no bucket', async () => {
    const source = createMemoryJournal({ iterations: FAST });
    await source.saveMany(
      Array.from({ length: 450 }, (_, index) => ({
        entry: entry({ description: `Importé ${String(index)}` }),
        added: [],
        removed: [],
      })),
    );
    const archive = collector();
    await exportJournal(source, archive.sink, {
      appVersion: '0.1.0',
      renderChronology: () => '<!doctype html><title>Chronologie</title>',
    });
    const name = dbName();
    const fake = fakeBuckets();
    const target = await open(name, placesOf(name, fake));
    const { saved } = await journalInClear(target);
    const real = target.saveMany.bind(target);
    let calls = 0;
    vi.spyOn(target, 'saveMany').mockImplementation((items) => {
      calls += 1;
      return calls === 3 ? Promise.reject(new JournalError('full')) : real(items);
    });

    expect(await problemOf(importJournal(archive.blob(), target))).toBe('journal-full');
    expect([...fake.held.keys()]).toEqual([`${name}-2`]);
    const raw = await rawRecords(fake, `${name}-2`, name);
    expect(raw.entries.map((record) => record['id'])).toEqual([saved.id]);
  });

  it('a locked journal is compacted without its passphrase and stays locked', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const repo = await open(name, placesOf(name, fake));
    const { saved } = await journalInClear(repo);
    await repo.setLock(PASSPHRASE);
    repo.lock();
    expect(await repo.compact()).toBe(true);
    expect([...fake.held.keys()]).toEqual([`${name}-3`]);
    expect(await repo.lockState()).toBe('locked');
    await repo.unlock(PASSPHRASE);
    expect((await repo.list()).map((e) => e.id)).toEqual([saved.id]);
  });

  it('"Tout effacer" deletes every bucket of the journal and the page’s database', async () => {
    const name = dbName();
    const fake = fakeBuckets();
    const places = placesOf(name, fake);
    const repo = await open(name, places);
    await journalInClear(repo);
    await repo.setLock(PASSPHRASE);
    await fake.manager.open('another-app-bucket');
    repo.close();

    expect(await places.eraseAll()).toEqual({ ok: true });
    expect([...fake.held.keys()]).toEqual(['another-app-bucket']);
    expect(await databaseNames()).not.toContain(name);
  });

  it('without storage buckets, the journal stays in the page’s database and locks in place', async () => {
    const name = dbName();
    const places = createPlaces(name, { factory: indexedDB, buckets: null, locks: null });
    const repo = await open(name, places);
    await journalInClear(repo);
    await repo.setLock(PASSPHRASE);
    expect(await databaseNames()).toContain(name);
    expect(await problemOf(open(name, places).then((r) => r.list()))).toBe('locked');
  });
});
