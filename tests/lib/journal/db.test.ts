import {
  FAST,
  attachment,
  blobOf,
  bytesOf,
  dbName,
  entry,
  problemOf,
  saveWith,
  sha256,
  snapshot,
  unchained,
} from './helpers.ts';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import { createMemoryJournal, openJournal } from '../../../src/lib/journal/db.ts';
import { InvalidEntryError, LIMITS } from '../../../src/lib/journal/model.ts';

const opened: JournalRepo[] = [];

afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

/** Opens (and closes after the test) a journal on IndexedDB. */
async function idbJournal(name: string): Promise<JournalRepo> {
  const repo = await openJournal({ name, iterations: FAST });
  opened.push(repo);
  expect(repo.persistent).toBe(true);
  return repo;
}

/** What is really on disk: the raw records, as another program reading the database sees them. */
async function onDisk(name: string) {
  const db = await openDB(name);
  const entries: unknown[] = await db.getAll('entries');
  const files: unknown[] = await db.getAll('files');
  const lock = (await db.get('meta', 'lock')) as { phase: string } | undefined;
  db.close();
  return { entries, files, lock };
}

const kinds = [
  ['IndexedDB', () => idbJournal(dbName())],
  ['memory', () => Promise.resolve(createMemoryJournal({ iterations: FAST }))],
] as const;

describe.each(kinds)('the journal (%s)', (_kind, open) => {
  it('keeps what was saved: entries in chronological order, files byte for byte', async () => {
    const repo = await open();
    const photo = attachment(new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
    const later = await saveWith(repo, [photo], { occurredAt: '2024-03-05T09:00' });
    const dayOnly = await saveWith(repo, [], { occurredAt: '2024-03-05' });
    const first = await saveWith(repo, [], { occurredAt: '2024-03-01T23:59' });

    expect((await repo.list()).map((item) => item.id)).toEqual([first.id, dayOnly.id, later.id]);
    expect(await repo.list()).toContainEqual(later);
    const stored = await repo.file(photo.meta.id);
    expect(sha256(await bytesOf(stored))).toBe(photo.meta.sha256);
    expect(stored.type).toBe('image/png');
  });

  it('editing an entry drops the attachments it no longer lists', async () => {
    const repo = await open();
    const [a, b] = [attachment('a'), attachment('b')];
    const saved = await saveWith(repo, [a, b]);
    const c = attachment('c');
    const edited = { ...saved, attachments: [b.meta, c.meta], description: 'Modifié.' };
    await repo.save(edited, [c], [a.meta.id]);

    expect(unchained(await repo.list())).toEqual(unchained([edited]));
    expect(await problemOf(repo.file(a.meta.id))).toBe('not-found');
    expect(await (await repo.file(c.meta.id)).text()).toBe('c');
  });

  it('refuses a save from a form opened before the entry changed elsewhere, and drops no file', async () => {
    const repo = await open();
    const saved = await saveWith(repo, []);
    // Tab B adds a screenshot; tab A still holds the form it opened before.
    const screenshot = attachment('capture de B');
    const fromB = {
      ...saved,
      updatedAt: '2024-03-05T08:00:00.000Z',
      attachments: [screenshot.meta],
    };
    await repo.save(fromB, [screenshot], [], saved.updatedAt);
    const fromA = { ...saved, updatedAt: '2024-03-06T08:00:00.000Z', description: 'Texte de A' };

    expect(await problemOf(repo.save(fromA, [], [], saved.updatedAt))).toBe('conflict');
    expect(unchained(await repo.list())).toEqual(unchained([fromB]));
    expect(await (await repo.file(screenshot.meta.id)).text()).toBe('capture de B');
    // Based on the latest version, A's text is saved with B's file kept.
    const merged = { ...fromA, attachments: fromB.attachments };
    await repo.save(merged, [], [], fromB.updatedAt);
    expect(unchained(await repo.list())).toEqual(unchained([merged]));
  });

  it('refuses a save of an entry deleted elsewhere since its form opened', async () => {
    const repo = await open();
    const saved = await saveWith(repo, []);
    await repo.remove(saved.id);
    expect(await problemOf(repo.save(saved, [], [], saved.updatedAt))).toBe('conflict');
    expect(await repo.list()).toEqual([]);
  });

  it('deleting an entry deletes its files in the same action', async () => {
    const repo = await open();
    const file = attachment('proof');
    const kept = await saveWith(repo, [attachment('other')]);
    const gone = await saveWith(repo, [file]);
    await repo.remove(gone.id);

    expect(await repo.list()).toEqual([kept]);
    expect(await problemOf(repo.file(file.meta.id))).toBe('not-found');
    expect(await problemOf(repo.remove(gone.id))).toBe('not-found');
  });

  it('a save that fails midway leaves nothing half-written', async () => {
    const repo = await open();
    const before = await snapshot(repo);
    const added = attachment('new file');
    const neverStored = attachment('not given').meta;
    // The entry lists a second attachment that is neither added nor stored: the transaction
    // has already written the first file when it finds out, and must undo it.
    const broken = entry({ attachments: [added.meta, neverStored] });
    const error: unknown = await repo.save(broken, [added], []).catch((e: unknown) => e);

    expect(error).toMatchObject({ problem: 'not-found', ids: [neverStored.id] });
    expect(await snapshot(repo)).toEqual(before);
    expect(await problemOf(repo.file(added.meta.id))).toBe('not-found');
  });

  it('rejects a malformed entry by field, before writing anything', async () => {
    const repo = await open();
    const file = attachment('x');
    const bad = entry({ url: 'x'.repeat(LIMITS.maxUrlLength + 1), attachments: [file.meta] });
    await expect(repo.save(bad, [file], [])).rejects.toThrow(InvalidEntryError);
    const wrongSize = { meta: file.meta, data: blobOf('longer than said') };
    await expect(repo.save(entry({ attachments: [file.meta] }), [wrongSize], [])).rejects.toThrow(
      InvalidEntryError,
    );
    expect(await repo.list()).toEqual([]);
  });

  it('refuses to reuse an attachment id already stored for another entry', async () => {
    const repo = await open();
    const file = attachment('mine');
    const owner = await saveWith(repo, [file]);
    const thief = entry({ attachments: [file.meta] });
    await expect(repo.save(thief, [file], [])).rejects.toThrow(InvalidEntryError);
    expect(await repo.list()).toEqual([owner]);
  });

  it('a wrong passphrase changes nothing; the right one opens the journal', async () => {
    const repo = await open();
    await saveWith(repo, [attachment('screenshot')]);
    const before = await snapshot(repo);
    await repo.setLock('correct horse');
    expect(await repo.lockState()).toBe('unlocked');
    repo.lock();
    expect(await repo.lockState()).toBe('locked');

    expect(await problemOf(repo.unlock('wrong horse'))).toBe('wrong-passphrase');
    expect(await repo.lockState()).toBe('locked');
    expect(await problemOf(repo.list())).toBe('locked');
    expect(await problemOf(repo.file(Object.keys(before.files)[0] ?? ''))).toBe('locked');
    expect(await problemOf(repo.save(entry(), [], []))).toBe('locked');

    await repo.unlock('correct horse');
    expect(await snapshot(repo)).toEqual(before);
  });

  it('writes made while unlocked are readable after locking and unlocking again', async () => {
    const repo = await open();
    await repo.setLock('pass phrase');
    const file = attachment('after the lock', 'note.txt', 'text/plain');
    const saved = await saveWith(repo, [file]);
    repo.lock();
    await repo.unlock('pass phrase');
    expect(await repo.list()).toEqual([saved]);
    expect((await repo.file(file.meta.id)).type).toBe('text/plain');
  });

  it('setting a second lock over the first is refused', async () => {
    const repo = await open();
    await repo.setLock('one');
    expect(await problemOf(repo.setLock('two'))).toBe('locked');
    expect(await problemOf(repo.setLock(''))).toBe('wrong-passphrase');
  });

  it('removing the lock decrypts everything back; a wrong passphrase changes nothing', async () => {
    const repo = await open();
    await saveWith(repo, [attachment('one'), attachment('two')]);
    const before = await snapshot(repo);
    await repo.setLock('secret words');
    expect(await problemOf(repo.removeLock('other words'))).toBe('wrong-passphrase');
    expect(await repo.lockState()).toBe('unlocked');

    await repo.removeLock('secret words');
    expect(await repo.lockState()).toBe('none');
    expect(await snapshot(repo)).toEqual(before);
  });

  it('"Tout effacer" wipes entries, files and the lock', async () => {
    const repo = await open();
    const file = attachment('x');
    await saveWith(repo, [file]);
    await repo.setLock('words');
    repo.lock();
    await repo.clear();
    expect(await repo.lockState()).toBe('none');
    expect(await repo.list()).toEqual([]);
    expect(await problemOf(repo.file(file.meta.id))).toBe('not-found');
  });

  it('tells listeners about its own writes, until they unsubscribe', async () => {
    const repo = await open();
    const listener = vi.fn();
    const stop = repo.onChange(listener);
    const saved = await saveWith(repo, []);
    await repo.remove(saved.id);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    await saveWith(repo, []);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('an interrupted setLock (tab closed midway) is finished by unlock', async () => {
    const repo = await open();
    for (let index = 0; index < 3; index += 1) await saveWith(repo, [attachment(`file ${index}`)]);
    const before = await snapshot(repo);
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let calls = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args) => {
      calls += 1;
      // The verifier, then a few records, then the tab "closes".
      return calls > 4 ? Promise.reject(new Error('tab closed')) : encrypt(...args);
    });
    expect(await problemOf(repo.setLock('my passphrase'))).toBe('unavailable');
    vi.restoreAllMocks();

    repo.lock();
    expect(await repo.lockState()).toBe('locked');
    expect(await problemOf(repo.unlock('not it'))).toBe('wrong-passphrase');
    await repo.unlock('my passphrase');
    expect(await repo.lockState()).toBe('unlocked');
    expect(await snapshot(repo)).toEqual(before);
  });

  it('an interrupted removeLock is finished by unlock, leaving the journal unlocked', async () => {
    const repo = await open();
    for (let index = 0; index < 3; index += 1) await saveWith(repo, [attachment(`file ${index}`)]);
    const before = await snapshot(repo);
    await repo.setLock('my passphrase');
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    let calls = 0;
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation((...args) => {
      calls += 1;
      return calls > 4 ? Promise.reject(new Error('tab closed')) : decrypt(...args);
    });
    expect(await problemOf(repo.removeLock('my passphrase'))).toBe('unavailable');
    vi.restoreAllMocks();

    repo.lock();
    expect(await repo.lockState()).toBe('locked');
    await repo.unlock('my passphrase');
    expect(await repo.lockState()).toBe('none');
    expect(await snapshot(repo)).toEqual(before);
  });
});

describe('the journal on IndexedDB', () => {
  it('a write the database refuses rolls back every write of the same save', async () => {
    const repo = await idbJournal(dbName());
    const before = await snapshot(repo);
    const good = attachment('stored first');
    const bad = attachment('cannot be stored');
    // A "file" the browser cannot store (as when it vanished from the disk meanwhile).
    const unstorable = Object.assign(Object.create(null) as object, {
      size: bad.meta.size,
      type: bad.meta.type,
      slice: () => unstorable,
    }) as Blob;
    const broken = entry({ attachments: [good.meta, bad.meta] });

    expect(
      await problemOf(repo.save(broken, [good, { meta: bad.meta, data: unstorable }], [])),
    ).toBe('unavailable');
    expect(await snapshot(repo)).toEqual(before);
    expect(await problemOf(repo.file(good.meta.id))).toBe('not-found');
  });

  it('a file that cannot be read while encrypting fails the save before anything is written', async () => {
    const repo = await idbJournal(dbName());
    await repo.setLock('words');
    const file = attachment('gone');
    const unreadable = blobOf('gone');
    vi.spyOn(unreadable, 'arrayBuffer').mockRejectedValue(
      new DOMException('File changed', 'NotReadableError'),
    );
    const saved = entry({ attachments: [file.meta] });
    expect(await problemOf(repo.save(saved, [{ meta: file.meta, data: unreadable }], []))).toBe(
      'not-found',
    );
    expect(await repo.list()).toEqual([]);
  });

  it('two tabs saving at the same time lose nothing', async () => {
    const name = dbName();
    const [tabA, tabB] = [await idbJournal(name), await idbJournal(name)];
    const saves = Array.from({ length: 20 }, (_, index) =>
      saveWith(index % 2 ? tabA : tabB, [attachment(`capture ${index}`)], {
        description: `acte ${index}`,
      }),
    );
    const saved = await Promise.all(saves);
    const ids = saved.map((item) => item.id).sort();
    expect((await tabA.list()).map((item) => item.id).sort()).toEqual(ids);
    expect((await tabB.list()).map((item) => item.id).sort()).toEqual(ids);
  });

  it('a write in one tab is announced to the other tabs', async () => {
    const name = dbName();
    const [tabA, tabB] = [await idbJournal(name), await idbJournal(name)];
    const heard = new Promise<void>((resolve) => {
      tabB.onChange(resolve);
    });
    await saveWith(tabA, []);
    await expect(heard).resolves.toBeUndefined();
  });

  it('locking in one tab locks the other tabs too', async () => {
    const name = dbName();
    const [tabA, tabB] = [await idbJournal(name), await idbJournal(name)];
    await tabA.setLock('words');
    await tabB.unlock('words');
    const heard = new Promise<void>((resolve) => {
      tabB.onChange(resolve);
    });
    tabA.lock();
    await heard;
    expect(await tabB.lockState()).toBe('locked');
  });

  it('a tab that did not see the lock being set cannot write in clear behind it', async () => {
    const name = dbName();
    const [tabA, tabB] = [await idbJournal(name), await idbJournal(name)];
    await tabA.setLock('words');
    expect(await problemOf(saveWith(tabB, [attachment('clear text')]))).toBe('locked');
    expect((await onDisk(name)).files).toEqual([]);
  });

  it('keeps nothing in clear once locked: no description, no file bytes', async () => {
    const name = dbName();
    const repo = await idbJournal(name);
    await saveWith(repo, [attachment('SECRET-BYTES', 'a.txt', 'text/plain')], {
      description: 'SECRET-DESCRIPTION',
    });
    await repo.setLock('words');
    const disk = await onDisk(name);
    const seen = JSON.stringify(disk, (_key, value: unknown) =>
      value instanceof ArrayBuffer ? new TextDecoder().decode(value) : value,
    );
    expect(seen).not.toContain('SECRET');
    expect(seen).not.toContain('text/plain');
    expect(disk.files.every((record) => !('blob' in (record as object)))).toBe(true);
    expect(disk.lock?.phase).toBe('sealed');
  });

  it('after a reload the journal is locked; a wrong passphrase changes nothing on disk', async () => {
    const name = dbName();
    const repo = await idbJournal(name);
    await saveWith(repo, [attachment('proof')]);
    const before = await snapshot(repo);
    await repo.setLock('words');
    repo.close();

    const reloaded = await idbJournal(name);
    expect(await reloaded.lockState()).toBe('locked');
    expect(await problemOf(reloaded.list())).toBe('locked');
    const disk = await onDisk(name);
    expect(await problemOf(reloaded.unlock('wrong'))).toBe('wrong-passphrase');
    expect(await onDisk(name)).toEqual(disk);
    await reloaded.unlock('words');
    expect(await snapshot(reloaded)).toEqual(before);
  });

  it('an interrupted setLock leaves the journal locked after a reload, and unlock finishes it', async () => {
    const name = dbName();
    const repo = await idbJournal(name);
    for (let index = 0; index < 4; index += 1) await saveWith(repo, [attachment(`f${index}`)]);
    const before = await snapshot(repo);
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let calls = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args) => {
      calls += 1;
      return calls > 6 ? Promise.reject(new Error('tab closed')) : encrypt(...args);
    });
    await repo.setLock('words').catch(() => undefined);
    vi.restoreAllMocks();
    repo.close();
    const half = await onDisk(name);
    expect(half.lock?.phase).toBe('sealing');
    expect(half.files.some((record) => 'blob' in (record as object))).toBe(true);

    const reloaded = await idbJournal(name);
    expect(await reloaded.lockState()).toBe('locked');
    await reloaded.unlock('words');
    const done = await onDisk(name);
    expect(done.lock?.phase).toBe('sealed');
    expect(done.files.some((record) => 'blob' in (record as object))).toBe(false);
    expect(done.entries.some((record) => 'entry' in (record as object))).toBe(false);
    expect(await snapshot(reloaded)).toEqual(before);
  });

  it('a full device is reported as "full"', async () => {
    const repo = await idbJournal(dbName());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await problemOf(saveWith(repo, [attachment('big')]))).toBe('full');
    vi.restoreAllMocks();
    expect(await repo.list()).toEqual([]);
  });

  it('an unreadable record is reported as "corrupt", with its id, when the journal opens', async () => {
    const name = dbName();
    const repo = await idbJournal(name);
    await saveWith(repo, []);
    const db = await openDB(name);
    await db.put('entries', { id: 'broken', entry: { id: 'broken' } });
    db.close();
    repo.close();
    const reopened = await idbJournal(name);
    const error: unknown = await reopened.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'corrupt', ids: ['broken'] });
  });

  it('a tab lists what another tab saved or deleted at once, before hearing of it', async () => {
    const name = dbName();
    const [tabA, tabB] = [await idbJournal(name), await idbJournal(name)];
    const first = await saveWith(tabA, []);
    expect(await tabA.list()).toEqual([first]);
    const second = await saveWith(tabB, [], { occurredAt: '2024-03-09T10:00' });
    expect(await tabA.list()).toEqual([first, second]);
    await tabB.remove(first.id);
    expect(await tabA.list()).toEqual([second]);
  });

  it('after saves and deletions, the list a tab holds is the list read afresh from the disk', async () => {
    const name = dbName();
    const repo = await idbJournal(name);
    const kept = await saveWith(repo, [attachment('a')], { occurredAt: '2024-03-05T09:00' });
    const dropped = await saveWith(repo, [], { occurredAt: '2024-03-01' });
    await repo.save(
      { ...kept, description: 'modifié', updatedAt: '2024-03-06T08:00:00.000Z' },
      [],
      [],
    );
    await saveWith(repo, [], { occurredAt: '2024-02-01T10:00' });
    await repo.remove(dropped.id);
    const held = await repo.list();
    const afresh = await (await idbJournal(name)).list();
    expect(held).toEqual(afresh);
    expect(held.map((item) => item.description)).toContain('modifié');
  });

  it('listing again after a save reads no other record: the work does not grow with the journal', async () => {
    const repo = await idbJournal(dbName());
    for (let index = 0; index < 5; index += 1) await saveWith(repo, []);
    await repo.list();
    const readAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await saveWith(repo, []);
    await repo.remove((await repo.list())[0]?.id ?? '');
    expect(await repo.list()).toHaveLength(5);
    expect(readAll).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('the journal limits', () => {
  it(`refuses a new entry past ${LIMITS.maxEntries.toLocaleString('en')} entries`, async () => {
    const repo = createMemoryJournal();
    const many = Array.from({ length: LIMITS.maxEntries }, () => ({
      entry: entry(),
      added: [],
      removed: [],
    }));
    await repo.saveMany(many);
    expect(await problemOf(repo.save(entry(), [], []))).toBe('full');
    expect(await repo.list()).toHaveLength(LIMITS.maxEntries);
    // Editing an existing entry is still possible.
    const first = many[0]?.entry ?? entry();
    await repo.save({ ...first, description: 'edited' }, [], []);
  });
});

describe('openJournal', () => {
  it('falls back to memory when IndexedDB is missing, and says why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = await openJournal({ name: dbName() });
    vi.unstubAllGlobals();
    opened.push(repo);
    expect(repo.persistent).toBe(false);
    expect(repo.fallbackReason).toBe('unavailable');
    const saved = await saveWith(repo, [attachment('kept in memory')]);
    expect(await repo.list()).toEqual([saved]);
  });

  it('falls back to memory when the browser refuses to open the database', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    });
    const repo = await openJournal({ name: dbName() });
    opened.push(repo);
    expect(repo.fallbackReason).toBe('unavailable');
    expect(repo.persistent).toBe(false);
  });

  it('opens the real database without a fallback reason', async () => {
    const repo = await idbJournal(dbName());
    expect(repo.fallbackReason).toBeNull();
  });
});

describe('storage space', () => {
  it('reports usage, quota and persistence from navigator.storage', async () => {
    const storage = {
      estimate: vi.fn().mockResolvedValue({ usage: 1234, quota: 99999 }),
      persisted: vi.fn().mockResolvedValue(false),
      persist: vi.fn().mockResolvedValue(true),
    };
    // Node has no navigator.storage: give it one for this test only.
    vi.stubGlobal('navigator', { storage });
    try {
      const repo = await idbJournal(dbName());
      expect(await repo.estimate()).toEqual({ usage: 1234, quota: 99999, persisted: false });
      expect(await repo.requestPersistence()).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the memory journal counts the bytes it holds and cannot be made persistent', async () => {
    const repo = createMemoryJournal();
    await saveWith(repo, [attachment('12345'), attachment('678')]);
    expect(await repo.estimate()).toEqual({ usage: 8, quota: 0, persisted: false });
    expect(await repo.requestPersistence()).toBe(false);
  });
});
