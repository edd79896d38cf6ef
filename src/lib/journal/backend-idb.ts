import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { wrap as wrapRequest } from 'idb';
import type { Backend, Tx } from './backend.ts';
import { SCHEMA_KEY, STORES } from './backend.ts';
import { errorName } from './error-name.ts';

/**
 * The IndexedDB engine (with `idb`): database `balise-journal`, version 1, stores `entries`
 * (key `id`), `files` (key `id`, index `entryId`) and `meta` (out-of-line keys). Write
 * transactions ask for `strict` durability: a save is on disk when it resolves. The database is
 * opened from the page's IndexedDB or from a storage bucket's (`place.ts`).
 */

/** Database version; a new one needs an `upgrade` step and a migration test. */
export const DB_VERSION = 1;

interface JournalDb extends DBSchema {
  entries: { key: string; value: { readonly id: string } };
  files: {
    key: string;
    value: { readonly id: string; readonly entryId: string };
    indexes: { entryId: string };
  };
  meta: { key: string; value: unknown };
}

type Store = (typeof STORES)[number];
type AnyTx = IDBPTransaction<JournalDb, Store[], 'readonly' | 'readwrite'>;

/** Why the database could not be opened. */
export type OpenFailure = 'unavailable' | 'blocked' | 'full';

/** Thrown by `openIdbBackend`. */
export class OpenError extends Error {
  readonly failure: OpenFailure;

  /** @param failure why, @param cause the browser's error. */
  constructor(failure: OpenFailure, cause?: unknown) {
    super(`IndexedDB unusable: ${failure}`, { cause });
    this.name = 'OpenError';
    this.failure = failure;
  }
}

function txOver(tx: AnyTx, writable: boolean): Tx {
  const entries = tx.objectStore('entries');
  const files = tx.objectStore('files');
  const meta = tx.objectStore('meta');
  const write = async (action: () => Promise<unknown> | undefined): Promise<void> => {
    if (!writable) throw new DOMException('Read-only', 'ReadOnlyError');
    await action();
  };
  return {
    getMeta: (key) => meta.get(key),
    putMeta: (key, value) => write(() => meta.put?.(value, key)),
    deleteMeta: (key) => write(() => meta.delete?.(key)),
    getEntry: (id) => entries.get(id),
    allEntries: () => entries.getAll(),
    entryIds: () => entries.getAllKeys(),
    countEntries: () => entries.count(),
    putEntry: (record) => write(() => entries.put?.(record)),
    deleteEntry: (id) => write(() => entries.delete?.(id)),
    getFile: (id) => files.get(id),
    hasFile: async (id) => (await files.getKey(id)) !== undefined,
    fileIds: () => files.getAllKeys(),
    fileIdsOf: (entryId) => files.index('entryId').getAllKeys(entryId),
    putFile: (record) => write(() => files.put?.(record)),
    deleteFile: (id) => write(() => files.delete?.(id)),
    clear: () =>
      write(() =>
        Promise.all([entries.clear?.(), files.clear?.(), meta.clear?.()]).then(() => undefined),
      ),
  };
}

function wrap(db: IDBPDatabase<JournalDb>): Backend {
  return {
    persistent: true,
    run: async (mode, work) => {
      const tx: AnyTx = db.transaction([...STORES], mode, {
        durability: mode === 'readwrite' ? 'strict' : 'default',
      });
      let value;
      try {
        value = await work(txOver(tx, mode === 'readwrite'));
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted by the failed request: nothing more to undo.
        }
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
      return value;
    },
    heldBytes: () => null,
    close: () => {
      db.close();
    },
  };
}

/**
 * Opens (creating on first use) the journal database.
 * @param onGone called when the browser closes the connection (storage cleared, another tab
 *   upgrading): the repository then reports `unavailable`.
 * @throws OpenError
 */
export async function openIdbBackend(
  name: string,
  onGone: () => void,
  factory: IDBFactory | undefined = typeof indexedDB === 'undefined' ? undefined : indexedDB,
): Promise<Backend> {
  if (factory === undefined) throw new OpenError('unavailable');
  let blocked: (error: OpenError) => void = () => undefined;
  const whenBlocked = new Promise<never>((_, reject) => {
    blocked = reject;
  });
  let opening: Promise<IDBPDatabase<JournalDb>>;
  try {
    // idb's openDB, on the given factory (a storage bucket has its own).
    const request = factory.open(name, DB_VERSION);
    opening = wrapRequest(request) as unknown as Promise<IDBPDatabase<JournalDb>>;
    request.addEventListener('upgradeneeded', (event) => {
      if (event.oldVersion < 1) {
        const db = request.result;
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('entryId', 'entryId');
        db.createObjectStore('meta');
        request.transaction?.objectStore('meta').put(DB_VERSION, SCHEMA_KEY);
      }
    });
    request.addEventListener('blocked', () => {
      blocked(new OpenError('blocked'));
    });
  } catch (error) {
    throw new OpenError('unavailable', error);
  }
  void opening.then(
    (db) => {
      // The browser closed it (storage cleared, its bucket deleted): the repository reopens or
      // reports `unavailable`.
      db.addEventListener('close', onGone);
      // A newer version of the app wants to upgrade: let it, this tab will report `unavailable`.
      db.addEventListener('versionchange', () => {
        db.close();
        onGone();
      });
    },
    () => undefined,
  );
  try {
    return wrap(await Promise.race([opening, whenBlocked]));
  } catch (error) {
    // If it opens after all, do not hold the connection we are not going to use.
    void opening.then(
      (db) => {
        db.close();
      },
      () => undefined,
    );
    if (error instanceof OpenError) throw error;
    const name = errorName(error);
    if (name === 'QuotaExceededError') throw new OpenError('full', error);
    // VersionError: a newer version of the app upgraded the database; reloading fixes it.
    if (name === 'VersionError') throw new OpenError('blocked', error);
    throw new OpenError('unavailable', error);
  }
}
