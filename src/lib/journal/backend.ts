/**
 * What the journal repository needs from a storage engine: atomic transactions over three stores.
 * Two engines implement it: IndexedDB (`backend-idb.ts`) and memory (`backend-memory.ts`), so the
 * memory fallback behaves exactly like the real thing.
 *
 * Rule for every `work` callback: await only the `Tx` methods. Any other await (WebCrypto,
 * reading a Blob) would let IndexedDB commit the transaction early; do that work before.
 */

/** Store names, as created in IndexedDB. */
export const STORES = ['entries', 'files', 'meta'] as const;

/** Key of the lock record in the `meta` store. */
export const LOCK_KEY = 'lock';

/**
 * Key of the hash chain's state in the `meta` store (`chain-kit.ts`): the last link and the
 * deleted acts' links. Hashes, numbers and times only: no content, so it is not encrypted.
 */
export const CHAIN_KEY = 'chain';

/**
 * Key of the entries' revision in the `meta` store: a random id written again by every
 * transaction that changes an entry record. A tab that holds the entries of the revision it
 * reads need not read and check every record again (`Journal.list`).
 */
export const REVISION_KEY = 'revision';

/** Key of the schema record in the `meta` store. */
export const SCHEMA_KEY = 'schema';

/**
 * Key of the record a copy of the journal writes last, in its last transaction (`place.ts`): a
 * copy without it was interrupted.
 */
export const COMPLETE_KEY = 'complete';

/**
 * One transaction. Reads return `unknown`: what comes back from disk is checked by the caller.
 * `entries` and `files` records carry their key in `id`; files also carry `entryId` (indexed).
 */
export interface Tx {
  getMeta: (key: string) => Promise<unknown>;
  putMeta: (key: string, value: unknown) => Promise<void>;
  deleteMeta: (key: string) => Promise<void>;
  getEntry: (id: string) => Promise<unknown>;
  allEntries: () => Promise<unknown[]>;
  entryIds: () => Promise<string[]>;
  countEntries: () => Promise<number>;
  putEntry: (record: { readonly id: string }) => Promise<void>;
  deleteEntry: (id: string) => Promise<void>;
  getFile: (id: string) => Promise<unknown>;
  hasFile: (id: string) => Promise<boolean>;
  fileIds: () => Promise<string[]>;
  /** Ids of the files whose `entryId` is `entryId`. */
  fileIdsOf: (entryId: string) => Promise<string[]>;
  putFile: (record: { readonly id: string; readonly entryId: string }) => Promise<void>;
  deleteFile: (id: string) => Promise<void>;
  clear: () => Promise<void>;
}

/** A storage engine. */
export interface Backend {
  /** False when everything is lost on close. */
  readonly persistent: boolean;
  /**
   * Runs `work` in one transaction over all stores. In `readwrite` mode, a throw from `work`
   * (or a failed write) rolls every write of this call back, then rejects.
   */
  run: <T>(mode: 'readonly' | 'readwrite', work: (tx: Tx) => Promise<T>) => Promise<T>;
  /** Bytes held, for the memory engine; `null` when the browser's estimate applies. */
  heldBytes: () => number | null;
  /** Closes the connection. */
  close: () => void;
}
