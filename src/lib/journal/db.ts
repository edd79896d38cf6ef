import type { Backend, Tx } from './backend.ts';
import { CHAIN_KEY, COMPLETE_KEY, LOCK_KEY, REVISION_KEY } from './backend.ts';
import { OpenError } from './backend-idb.ts';
import { createMemoryBackend } from './backend-memory.ts';
import type { ChainLink, ChainRemoval, ChainState } from './chain-kit.ts';
import { chainKit } from './chain-kit.ts';
import type { Sealed } from './crypto.ts';
import {
  DecryptError,
  DEFAULT_ITERATIONS,
  MAX_ITERATIONS,
  SALT_BYTES,
  bindTo,
  checkVerifier,
  decryptBytes,
  decryptText,
  deriveKey,
  encryptBytes,
  encryptText,
  makeVerifier,
  randomBytes,
} from './crypto.ts';
import { toHex } from './digest.ts';
import { errorName } from './error-name.ts';
import type { AttachmentMeta, JournalEntry } from './model.ts';
import { InvalidEntryError, LIMITS, compareEntries, isSha256, parseEntry } from './model.ts';
import type { BucketLike, Places } from './place.ts';
import { browserEnvironment, createPlaces } from './place.ts';
import type { DeleteResult } from '../site-data.ts';

/**
 * The evidence journal's repository: entries and their files on this device, in IndexedDB, with
 * an in-memory fallback that behaves the same. Every user action is one transaction, so a
 * crash or a closed tab never leaves half an entry; each save touches only its own entry, so
 * several tabs never lose each other's writes.
 *
 * ## Lock
 * With a passphrase, every entry (its whole JSON) and every file is encrypted with AES-GCM
 * (`crypto.ts`); the record's id stays in clear as its key, and each file record keeps its
 * entry's id in clear (an index, so deleting an entry deletes its files in the same
 * transaction). Each ciphertext is bound to its record's id (additional data), so records
 * cannot be swapped. The `meta` store keeps the salt, the iteration count, a verifier and the
 * lock's phase — never the passphrase or the key.
 *
 * ## Setting or removing the lock survives a closed tab
 * `setLock` first writes the lock record with phase `sealing`, then encrypts records in place,
 * in small batches, each in its own transaction that re-checks the record has not changed; it
 * sets phase `sealed` last. `removeLock` does the same backwards (phase `unsealing`, then the
 * lock record is deleted). Readers accept clear and encrypted records side by side, and a record
 * already converted is skipped, so the work is idempotent. If the tab closes midway, the journal
 * reads as `locked`; `unlock` with the same passphrase finishes the interrupted step
 * (`setLock` or `removeLock` with it does too). While a lock record exists, a tab without the
 * key cannot write (every write transaction checks the lock record it expects), so no clear
 * record can appear behind the encryption's back.
 *
 * ## Nothing in clear left on disk after a lock
 * Encrypting in place leaves the clear text in the browser's database files (Chromium's LevelDB
 * keeps overwritten and deleted records until it compacts). So where the journal lives in a
 * storage bucket (`place.ts`), once every record is encrypted they are copied, encrypted, into a
 * fresh bucket whose lock record says `sealed`, the journal switches to it, and the old bucket is
 * deleted with its files. The copy marks itself complete in its last transaction; if the tab
 * closes midway, the next opening keeps the old bucket (still `sealing`, finished by `unlock`)
 * or the finished copy, and deletes the other. Other tabs reopen the journal where it moved.
 */

/** The default database name (and BroadcastChannel name). */
export const DB_NAME = 'balise-journal';

/** What can go wrong, for the message the UI shows. */
export type JournalProblem =
  | 'unavailable'
  | 'full'
  | 'blocked'
  | 'corrupt'
  | 'locked'
  | 'wrong-passphrase'
  | 'not-found'
  | 'conflict';

/** Every repository failure. `ids` names the records concerned, when there are some. */
export class JournalError extends Error {
  /** What went wrong. */
  readonly problem: JournalProblem;
  /** Entry or attachment ids concerned (unreadable records for `corrupt`, missing files…). */
  readonly ids: readonly string[];

  /**
   * @param problem what went wrong.
   * @param options the underlying error, and the ids concerned.
   */
  constructor(
    problem: JournalProblem,
    options: { readonly cause?: unknown; readonly ids?: readonly string[] } = {},
  ) {
    super(`Journal: ${problem}`, { cause: options.cause });
    this.name = 'JournalError';
    this.problem = problem;
    this.ids = options.ids ?? [];
  }
}

/** Whether a passphrase protects the journal, and whether this tab holds its key. */
export type LockState = 'none' | 'locked' | 'unlocked';

/** A file added to an entry by a save: its metadata (also in the entry) and its bytes. */
export interface AddedFile {
  readonly meta: AttachmentMeta;
  readonly data: Blob;
}

/** One entry to write, with the files it adds and the attachment ids it drops. */
export interface SaveItem {
  readonly entry: JournalEntry;
  readonly added: readonly AddedFile[];
  readonly removed: readonly string[];
  /**
   * The `updatedAt` of the stored entry this save was prepared from (`null`: it did not exist).
   * When given, the save is refused with `conflict` if the stored entry is no longer that one
   * (changed or deleted in another tab), checked inside the write transaction. Omitted: no check.
   */
  readonly since?: string | null;
}

/** Space used and available, from `navigator.storage`. */
export interface StorageEstimate {
  /** Bytes used by this site (for the memory journal: bytes held in memory). */
  readonly usage: number;
  /** Bytes the browser allows this site; 0 when unknown or not applicable (memory). */
  readonly quota: number;
  /** True when the browser promised not to evict the data under storage pressure. */
  readonly persisted: boolean;
}

/** The journal's storage, as the UI uses it. Every failure is a `JournalError`. */
export interface JournalRepo {
  /** False for the in-memory fallback: everything is lost when the tab closes. */
  readonly persistent: boolean;
  /** Why `openJournal` fell back to memory; `null` when it did not. */
  readonly fallbackReason: JournalProblem | null;
  /** Every entry, sorted by `occurredAt`, then `capturedAt`. Rejects `locked` or `corrupt`. */
  list: () => Promise<JournalEntry[]>;
  /**
   * Writes an entry, its new files, and drops the files it no longer lists, in ONE transaction
   * over entries and files: all or nothing. `added` metas must be in `entry.attachments`
   * (same id and size); every other attachment must already be stored (`not-found` otherwise).
   * Files of the entry that it no longer lists are deleted, whether or not `removed` names them.
   * Rejects with `InvalidEntryError` for a malformed entry, `full` past `LIMITS.maxEntries` or
   * when the device is full, `locked` when a lock exists and this tab has not unlocked it.
   * With `since` (see `SaveItem.since`), rejects `conflict` when the entry changed meanwhile.
   */
  save: (
    entry: JournalEntry,
    added: readonly AddedFile[],
    removed: readonly string[],
    since?: string | null,
  ) => Promise<void>;
  /** Several saves in ONE transaction (used by import). Same checks as `save`. */
  saveMany: (items: readonly SaveItem[]) => Promise<void>;
  /** Deletes an entry and its files, in one transaction. Rejects `not-found`, `locked`. */
  remove: (id: string) => Promise<void>;
  /**
   * Deletes these entries and their files in ONE transaction (an import's rollback); ids no
   * longer stored are skipped. Rejects `locked`.
   */
  removeMany: (ids: readonly string[]) => Promise<void>;
  /** An attachment's bytes (typed with its MIME type). Rejects `not-found`, `locked`. */
  file: (attachmentId: string) => Promise<Blob>;
  /** Wipes everything, the lock included ("Tout effacer"). Works when locked. */
  clear: () => Promise<void>;
  /**
   * The hash chain's state (`chain-kit.ts`): the last link, and the links of deleted acts.
   * Every save that changes an act adds a link to it (set in the entry's `link`, the version
   * it replaces keeping the earlier one); every deletion keeps the act's links and adds one.
   */
  chain: () => Promise<ChainState>;
  /**
   * Rewrites the journal, as stored, into a fresh place and deletes the old one, so that records
   * deleted or rolled back (a failed import) leave nothing in the browser's files. Resolves
   * false where it cannot (no storage buckets, no room for the copy, a lock being set or removed).
   */
  compact: () => Promise<boolean>;
  /** Whether a passphrase protects the journal, and whether this tab holds its key. */
  lockState: () => Promise<LockState>;
  /**
   * Protects the journal with a passphrase: encrypts every entry and file in place (resumable,
   * see the module's comment), then keeps the key in memory (`unlocked`). Rejects `locked` when
   * a lock already exists, `wrong-passphrase` for an empty passphrase or, when resuming an
   * interrupted lock, a passphrase other than the first one.
   */
  setLock: (passphrase: string) => Promise<void>;
  /**
   * Keeps the key in memory so the journal can be read and written. A wrong passphrase rejects
   * with `wrong-passphrase` and changes nothing. Finishes an interrupted `setLock`/`removeLock`.
   */
  unlock: (passphrase: string) => Promise<void>;
  /** Forgets the key, in this tab and in the other tabs. */
  lock: () => void;
  /** Decrypts everything back and deletes the lock. Rejects `wrong-passphrase` (nothing changes). */
  removeLock: (passphrase: string) => Promise<void>;
  /** Space used and available (`navigator.storage.estimate()`). */
  estimate: () => Promise<StorageEstimate>;
  /** Asks the browser not to evict the journal (`navigator.storage.persist()`). */
  requestPersistence: () => Promise<boolean>;
  /**
   * Calls `listener` after every write, from this tab or another one (BroadcastChannel named
   * like the database), and when the lock state changes. Returns the unsubscribe function.
   */
  onChange: (listener: () => void) => () => void;
  /** Closes the database and the channel (tests, page exit). */
  close: () => void;
}

/** Options of `openJournal` and `createMemoryJournal`. */
export interface JournalOptions {
  /** Database (and channel) name; `balise-journal` by default. */
  readonly name?: string;
  /** PBKDF2 rounds for a new lock; `DEFAULT_ITERATIONS` (600,000) by default. Tests pass fewer. */
  readonly iterations?: number;
  /** Where the database may live (`place.ts`); the browser's own by default. Tests pass fakes. */
  readonly places?: Places;
}

/** Where an opened journal lives, for moving it. */
interface Whereabouts {
  readonly places: Places;
  readonly generation: number;
  readonly bucket: BucketLike | null;
}

type LockPhase = 'sealing' | 'sealed' | 'unsealing';

interface LockRecord {
  readonly salt: ArrayBuffer;
  readonly iterations: number;
  readonly verifier: Sealed;
  readonly phase: LockPhase;
}

interface PlainEntryRecord {
  readonly id: string;
  readonly entry: JournalEntry;
}
interface SealedEntryRecord {
  readonly id: string;
  readonly sealed: Sealed;
}
interface PlainFileRecord {
  readonly id: string;
  readonly entryId: string;
  readonly blob: Blob;
}
interface SealedFileRecord {
  readonly id: string;
  readonly entryId: string;
  readonly sealed: Sealed;
  /** The MIME type, encrypted too. */
  readonly sealedType: Sealed;
}
type EntryRecord = PlainEntryRecord | SealedEntryRecord;
type FileRecord = PlainFileRecord | SealedFileRecord;

const PHASES: readonly LockPhase[] = ['sealing', 'sealed', 'unsealing'];
const ENTRY_BATCH = 100;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isBuffer = (value: unknown): value is ArrayBuffer =>
  Object.prototype.toString.call(value) === '[object ArrayBuffer]';
const isSealed = (value: unknown): value is Sealed =>
  isRecord(value) && isBuffer(value['iv']) && isBuffer(value['data']);
const isBlob = (value: unknown): value is Blob =>
  isRecord(value) && typeof value['size'] === 'number' && typeof value['slice'] === 'function';

const entryData = (id: string) => bindTo(`entry:${id}`);
const fileData = (id: string) => bindTo(`file:${id}`);
const typeData = (id: string) => bindTo(`type:${id}`);

function parseLock(raw: unknown): LockRecord | null {
  if (raw === undefined) return null;
  if (!isRecord(raw)) throw new JournalError('corrupt', { ids: [LOCK_KEY] });
  const { salt, iterations, verifier, phase } = raw;
  if (
    !isBuffer(salt) ||
    salt.byteLength !== SALT_BYTES ||
    typeof iterations !== 'number' ||
    !Number.isSafeInteger(iterations) ||
    iterations < 1 ||
    iterations > MAX_ITERATIONS ||
    !isSealed(verifier) ||
    !PHASES.includes(phase as LockPhase)
  ) {
    throw new JournalError('corrupt', { ids: [LOCK_KEY] });
  }
  return raw as unknown as LockRecord;
}

const fingerprint = (lock: LockRecord | null): string =>
  lock ? `${toHex(lock.salt)}:${lock.phase}` : 'none';

/** Rejects `locked` when the lock record is not the one this operation was prepared for. */
async function expectLock(tx: Tx, expected: string): Promise<void> {
  if (fingerprint(parseLock(await tx.getMeta(LOCK_KEY))) !== expected) {
    throw new JournalError('locked');
  }
}

const idOf = (raw: unknown): string =>
  isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : '?';

function entryRecord(raw: unknown): EntryRecord {
  if (isRecord(raw) && typeof raw['id'] === 'string') {
    if ('entry' in raw) return raw as unknown as PlainEntryRecord;
    if (isSealed(raw['sealed'])) return raw as unknown as SealedEntryRecord;
  }
  throw new JournalError('corrupt', { ids: [idOf(raw)] });
}

function fileRecord(raw: unknown): FileRecord {
  if (isRecord(raw) && typeof raw['id'] === 'string' && typeof raw['entryId'] === 'string') {
    if (isBlob(raw['blob'])) return raw as unknown as PlainFileRecord;
    if (isSealed(raw['sealed']) && isSealed(raw['sealedType'])) {
      return raw as unknown as SealedFileRecord;
    }
  }
  throw new JournalError('corrupt', { ids: [idOf(raw)] });
}

const sameBytes = (a: ArrayBuffer, b: ArrayBuffer): boolean =>
  a.byteLength === b.byteLength && toHex(a) === toHex(b);

/** True when a stored entry record is still exactly the one read before. */
function unchanged(current: unknown, before: EntryRecord): boolean {
  if (current === undefined) return false;
  const now = entryRecord(current);
  if ('entry' in before) return 'entry' in now && JSON.stringify(now) === JSON.stringify(before);
  return 'sealed' in now && sameBytes(now.sealed.iv, before.sealed.iv);
}

const kit = chainKit();

/** The chain's state as stored; the start of a chain when there is none (or it is unreadable). */
function chainState(raw: unknown): ChainState {
  const report = isRecord(raw) ? raw : {};
  const { seq, hash, removals } = report;
  if (
    typeof seq === 'number' &&
    Number.isSafeInteger(seq) &&
    seq >= 0 &&
    isSha256(hash) &&
    Array.isArray(removals)
  ) {
    return { seq, hash, removals: removals as ChainRemoval[] };
  }
  // Read on: a lost or damaged state starts the chain again, which the verifier then reports.
  return { seq: 0, hash: kit.GENESIS, removals: [] };
}

/** Thrown inside a write when another tab moved the chain on meanwhile: the write is redone. */
class ChainMoved extends Error {}

/** Fails the transaction when the chain is no longer at `expected`. */
async function expectChain(tx: Tx, expected: ChainState): Promise<void> {
  const now = chainState(await tx.getMeta(CHAIN_KEY));
  if (now.seq !== expected.seq || now.hash !== expected.hash) throw new ChainMoved();
}

/** Every link of an entry: its trimmed versions', its versions', its own. */
const linksOf = (entry: JournalEntry): ChainLink[] =>
  [...entry.trimmed, ...entry.versions.map((v) => v.link), entry.link].filter(
    (link): link is ChainLink => link !== null,
  );

/** Tries of a write whose chain another tab keeps moving on, before it says `conflict`. */
const CHAIN_TRIES = 10;

/**
 * Runs `write` again when another tab moved the chain on meanwhile (its link is computed before
 * the transaction: WebCrypto cannot be awaited inside one), after a short random pause so that
 * two tabs saving together do not keep colliding.
 */
async function retryOnChainMove<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof ChainMoved)) throw error;
      if (attempt === CHAIN_TRIES) throw new JournalError('conflict', { cause: error });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/** Maps any failure to a `JournalError` (entry validation errors pass through). */
function asJournalError(error: unknown): unknown {
  if (error instanceof JournalError || error instanceof InvalidEntryError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return new JournalError('full', { cause: error });
  if (name === 'NotReadableError' || name === 'NotFoundError') {
    return new JournalError('not-found', { cause: error });
  }
  if (error instanceof DecryptError) return new JournalError('corrupt', { cause: error });
  return new JournalError('unavailable', { cause: error });
}

/**
 * The stored entry records, `ENTRY_BATCH` per read transaction (those deleted meanwhile skipped):
 * a journal is converted or copied without ever being read whole into memory.
 */
async function* entryBatches(backend: Backend): AsyncGenerator<EntryRecord[], void, undefined> {
  const ids = await backend.run('readonly', (tx) => tx.entryIds());
  for (let start = 0; start < ids.length; start += ENTRY_BATCH) {
    const batch = ids.slice(start, start + ENTRY_BATCH);
    yield await backend.run('readonly', async (tx) => {
      const found: EntryRecord[] = [];
      for (const id of batch) {
        const raw = await tx.getEntry(id);
        if (raw !== undefined) found.push(entryRecord(raw));
      }
      return found;
    });
  }
}

/**
 * Copies every entry and file record, as stored, into `to`, one batch or one file per
 * transaction (a file's bytes are in memory meanwhile, never the whole journal); then, in one
 * last transaction, the lock record (if any) and the mark that the copy is complete. With a lock,
 * a record in clear stops the copy: a locked journal moves only when all of it is encrypted.
 */
async function copyRecords(from: Backend, to: Backend, lock: LockRecord | null): Promise<void> {
  for await (const records of entryBatches(from)) {
    const clear = records.find((record) => !('sealed' in record));
    if (lock && clear) throw new JournalError('corrupt', { ids: [clear.id] });
    await to.run('readwrite', async (tx) => {
      for (const record of records) await tx.putEntry(record);
    });
  }
  for (const id of await from.run('readonly', (tx) => tx.fileIds())) {
    const raw = await from.run('readonly', (tx) => tx.getFile(id));
    if (raw === undefined) continue;
    const record = fileRecord(raw);
    if (lock && !('sealed' in record)) throw new JournalError('corrupt', { ids: [id] });
    await to.run('readwrite', (tx) => tx.putFile(record));
  }
  const chain = await from.run('readonly', (tx) => tx.getMeta(CHAIN_KEY));
  await to.run('readwrite', async (tx) => {
    if (lock) await tx.putMeta(LOCK_KEY, lock);
    if (chain !== undefined) await tx.putMeta(CHAIN_KEY, chain);
    await tx.putMeta(COMPLETE_KEY, true);
  });
}

class Journal implements JournalRepo {
  readonly persistent: boolean;
  readonly fallbackReason: JournalProblem | null;
  private backend: Backend;
  private whereabouts: Whereabouts | null;
  private readonly iterations: number;
  private readonly channel: BroadcastChannel | null;
  private readonly listeners = new Set<() => void>();
  private unlocked: { readonly key: CryptoKey; readonly salt: string } | null = null;
  /** `closed`: the browser closed the connection; `moved`: another tab moved the journal. */
  private gone: 'closed' | 'moved' | null = null;
  private reopening: Promise<void> | null = null;
  /**
   * The entries this tab last read or wrote, sorted, with the revision (`REVISION_KEY`) they
   * are: `list` returns them while the stored revision is the same, instead of reading and
   * checking every record again. (With 1,000 entries that took a slow phone's main thread 100 ms
   * at every save: the screen reloads the list after each one.)
   */
  private listed: { readonly revision: string; readonly entries: readonly JournalEntry[] } | null =
    null;

  constructor(
    backend: Backend,
    options: JournalOptions,
    fallbackReason: JournalProblem | null,
    whereabouts: Whereabouts | null = null,
  ) {
    this.backend = backend;
    this.whereabouts = whereabouts;
    this.persistent = backend.persistent;
    this.fallbackReason = fallbackReason;
    this.iterations = options.iterations ?? DEFAULT_ITERATIONS;
    this.channel =
      backend.persistent && typeof BroadcastChannel !== 'undefined'
        ? new BroadcastChannel(options.name ?? DB_NAME)
        : null;
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (isRecord(data) && data['type'] === 'lock') this.unlocked = null;
        if (isRecord(data) && data['type'] === 'moved' && this.whereabouts) {
          // Reopened where it is now at the next call; the old place is being deleted.
          this.gone = 'moved';
          this.backend.close();
        }
        this.emit();
      };
    }
  }

  /**
   * The browser closed the connection: every later call rejects `unavailable` (unless another
   * tab says it moved the journal: it is then reopened where it is).
   */
  markGone(): void {
    this.gone ??= 'closed';
    this.emit();
  }

  /** Opens the journal again where another tab moved it. */
  private reopen(whereabouts: Whereabouts): Promise<void> {
    this.reopening ??= whereabouts.places
      .exclusive(() =>
        whereabouts.places.open(() => {
          this.markGone();
        }),
      )
      .then((placed) => {
        this.backend = placed.backend;
        this.whereabouts = { ...whereabouts, generation: placed.generation, bucket: placed.bucket };
        this.gone = null;
      })
      .finally(() => {
        this.reopening = null;
      });
    return this.reopening;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      if (this.gone === 'moved' && this.whereabouts) await this.reopen(this.whereabouts);
      if (this.gone) throw new JournalError('unavailable');
      return await work();
    } catch (error) {
      throw asJournalError(error);
    }
  }

  private emit(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        // A listener's bug must not turn a committed write into a failure: report it apart.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  private changed(kind: 'change' | 'lock' = 'change'): void {
    this.emit();
    this.channel?.postMessage({ type: kind });
  }

  /** The key for this lock, or `null` without a lock. Rejects `locked` without the key. */
  private keyFor(lock: LockRecord | null): CryptoKey | null {
    if (!lock) {
      this.unlocked = null;
      return null;
    }
    if (this.unlocked?.salt === toHex(lock.salt)) return this.unlocked.key;
    this.unlocked = null;
    throw new JournalError('locked');
  }

  private readLock(): Promise<LockRecord | null> {
    return this.backend.run('readonly', async (tx) => parseLock(await tx.getMeta(LOCK_KEY)));
  }

  /** The lock record to expect in write transactions and the key to encrypt with (if any). */
  private async writeMode(): Promise<{
    readonly expected: string;
    readonly key: CryptoKey | null;
    readonly readKey: CryptoKey | null;
  }> {
    const lock = await this.readLock();
    const key = this.keyFor(lock);
    // While the lock is being removed, new records are written in clear.
    return {
      expected: fingerprint(lock),
      key: lock?.phase === 'unsealing' ? null : key,
      readKey: key,
    };
  }

  /**
   * For each item with `since`, the stored record it was prepared from (`undefined`: none).
   * Rejects `conflict` when the stored entry is not the version `since` names.
   */
  private async basesOf(
    items: readonly SaveItem[],
    key: CryptoKey | null,
  ): Promise<Map<string, EntryRecord | undefined>> {
    const bases = new Map<string, EntryRecord | undefined>();
    for (const { entry, since } of items) {
      if (since === undefined) continue;
      const raw = await this.backend.run('readonly', (tx) => tx.getEntry(entry.id));
      const record = raw === undefined ? undefined : entryRecord(raw);
      const stored = record === undefined ? null : (await this.openEntry(record, key)).updatedAt;
      if (stored !== since) throw new JournalError('conflict', { ids: [entry.id] });
      bases.set(entry.id, record);
    }
    return bases;
  }

  private async openEntry(raw: unknown, key: CryptoKey | null): Promise<JournalEntry> {
    const record = entryRecord(raw);
    let entry: JournalEntry;
    try {
      if ('entry' in record) entry = parseEntry(record.entry);
      else if (key) {
        const text = await decryptText(key, record.sealed, entryData(record.id));
        entry = parseEntry(JSON.parse(text));
      } else throw new JournalError('corrupt');
    } catch (error) {
      if (error instanceof DecryptError || error instanceof InvalidEntryError) {
        throw new JournalError('corrupt', { cause: error, ids: [record.id] });
      }
      if (error instanceof SyntaxError || error instanceof JournalError) {
        throw new JournalError('corrupt', { cause: error, ids: [record.id] });
      }
      throw error;
    }
    if (entry.id !== record.id) throw new JournalError('corrupt', { ids: [record.id] });
    return entry;
  }

  list(): Promise<JournalEntry[]> {
    return this.guard(async () => {
      const listed = this.listed;
      const { lock, revision, held, records } = await this.backend.run('readonly', async (tx) => {
        const revision = await tx.getMeta(REVISION_KEY);
        const held = listed !== null && listed.revision === revision ? listed.entries : null;
        return {
          lock: parseLock(await tx.getMeta(LOCK_KEY)),
          revision,
          held,
          records: held === null ? await tx.allEntries() : [],
        };
      });
      // Checked every time: a lock set in another tab hides what this tab holds too.
      const key = this.keyFor(lock);
      if (held !== null) return [...held];
      const entries: JournalEntry[] = [];
      const corrupt: string[] = [];
      for (const record of records) {
        try {
          entries.push(await this.openEntry(record, key));
        } catch (error) {
          if (!(error instanceof JournalError) || error.problem !== 'corrupt') throw error;
          corrupt.push(...error.ids);
        }
      }
      if (corrupt.length > 0) throw new JournalError('corrupt', { ids: corrupt });
      entries.sort(compareEntries);
      // Read in the same transaction as the records, so they are this revision's.
      this.listed = typeof revision === 'string' ? { revision, entries } : null;
      return [...entries];
    });
  }

  /**
   * Writes a new revision in a transaction that changes entry records; once it has committed,
   * `held` (what this tab holds, updated by the write) is that revision's list, if what this tab
   * held was the revision the write started from.
   */
  private async revise(
    tx: Tx,
  ): Promise<(held: (entries: readonly JournalEntry[]) => JournalEntry[]) => void> {
    const before = await tx.getMeta(REVISION_KEY);
    const revision = crypto.randomUUID();
    await tx.putMeta(REVISION_KEY, revision);
    return (held) => {
      const listed = this.listed;
      this.listed =
        listed !== null && listed.revision === before
          ? { revision, entries: held(listed.entries) }
          : null;
    };
  }

  save(
    entry: JournalEntry,
    added: readonly AddedFile[],
    removed: readonly string[],
    since?: string | null,
  ) {
    return this.saveMany([
      since === undefined ? { entry, added, removed } : { entry, added, removed, since },
    ]);
  }

  saveMany(items: readonly SaveItem[]): Promise<void> {
    return this.guard(() => this.writing(() => retryOnChainMove(() => this.saveNow(items))));
  }

  chain(): Promise<ChainState> {
    return this.guard(async () =>
      chainState(await this.backend.run('readonly', (tx) => tx.getMeta(CHAIN_KEY))),
    );
  }

  /**
   * Links each entry into the chain after `start`: an entry whose content is still the one its
   * link recorded (an edit that changed nothing) keeps it; any other gets the next link.
   */
  private static async linked(
    entries: readonly JournalEntry[],
    start: ChainState,
  ): Promise<{ readonly entries: JournalEntry[]; readonly chain: ChainState }> {
    let chain = start;
    const at = new Date().toISOString();
    const linked: JournalEntry[] = [];
    for (const entry of entries) {
      const record = await kit.recordDigest(entry);
      if (entry.link?.record === record) {
        linked.push(entry);
        continue;
      }
      const link = await kit.linkAfter(chain, at, record);
      chain = { ...chain, seq: link.seq, hash: link.hash };
      linked.push({ ...entry, link });
    }
    return { entries: linked, chain };
  }

  private async saveNow(items: readonly SaveItem[]): Promise<void> {
    const mode = await this.writeMode();
    const key = mode.key;
    const bases = await this.basesOf(items, mode.readKey);
    const start = chainState(await this.backend.run('readonly', (tx) => tx.getMeta(CHAIN_KEY)));
    const parsed = checkItems(items);
    const linked = await Journal.linked(
      parsed.map((item) => item.entry),
      start,
    );
    const checked = parsed.map((item, index) => ({
      ...item,
      entry: linked.entries[index] as JournalEntry,
    }));
    const prepared: {
      readonly entry: JournalEntry;
      readonly record: EntryRecord;
      readonly files: readonly FileRecord[];
    }[] = [];
    for (const { entry, added } of checked) {
      const record: EntryRecord = key
        ? {
            id: entry.id,
            sealed: await encryptText(key, JSON.stringify(entry), entryData(entry.id)),
          }
        : { id: entry.id, entry };
      const files: FileRecord[] = [];
      for (const { meta, data } of added) {
        files.push(
          key
            ? {
                id: meta.id,
                entryId: entry.id,
                sealed: await encryptBytes(key, await data.arrayBuffer(), fileData(meta.id)),
                sealedType: await encryptText(key, data.type || meta.type, typeData(meta.id)),
              }
            : {
                id: meta.id,
                entryId: entry.id,
                // Stored with the type the entry records, whatever the File said.
                blob: data.type === meta.type ? data : data.slice(0, data.size, meta.type),
              },
        );
      }
      prepared.push({ entry, record, files });
    }
    const committed = await this.backend.run('readwrite', async (tx) => {
      await expectLock(tx, mode.expected);
      await expectChain(tx, start);
      let count: number | null = null;
      for (const { entry, record, files } of prepared) {
        const current: unknown = await tx.getEntry(entry.id);
        if (bases.has(entry.id)) {
          // Compare-and-set: the entry is still the version the form was opened on.
          const base = bases.get(entry.id);
          const same = base === undefined ? current === undefined : unchanged(current, base);
          if (!same) throw new JournalError('conflict', { ids: [entry.id] });
        }
        if (current === undefined) {
          count = (count ?? (await tx.countEntries())) + 1;
          if (count > LIMITS.maxEntries) throw new JournalError('full', { ids: [entry.id] });
        }
        const stored = await tx.fileIdsOf(entry.id);
        const listed = new Set(entry.attachments.map((meta) => meta.id));
        const adding = new Set(files.map((file) => file.id));
        for (const id of stored) if (!listed.has(id)) await tx.deleteFile(id);
        const missing = [...listed].filter((id) => !adding.has(id) && !stored.includes(id));
        if (missing.length > 0) throw new JournalError('not-found', { ids: missing });
        for (const file of files) {
          if (!stored.includes(file.id) && (await tx.hasFile(file.id))) {
            throw new InvalidEntryError(['added']);
          }
          await tx.putFile(file);
        }
        await tx.putEntry(record);
      }
      if (linked.chain.seq !== start.seq) await tx.putMeta(CHAIN_KEY, linked.chain);
      return this.revise(tx);
    });
    const written = new Map(prepared.map(({ entry }) => [entry.id, entry]));
    committed((held) =>
      [...held.filter((entry) => !written.has(entry.id)), ...written.values()].sort(compareEntries),
    );
    this.changed();
  }

  remove(id: string): Promise<void> {
    return this.guard(() =>
      this.writing(() => retryOnChainMove(() => this.removeNow([id], false))),
    );
  }

  removeMany(ids: readonly string[]): Promise<void> {
    return this.guard(() => this.writing(() => retryOnChainMove(() => this.removeNow(ids, true))));
  }

  /**
   * Deletes entries and their files in one transaction. Each deleted entry's links stay in the
   * chain's state, followed by a link recording the deletion: a deletion is said, never hidden.
   */
  private async removeNow(ids: readonly string[], skipMissing: boolean): Promise<void> {
    const mode = await this.writeMode();
    const { records, raw } = await this.backend.run('readonly', async (tx) => {
      const found = new Map<string, EntryRecord>();
      for (const id of ids) {
        const stored: unknown = await tx.getEntry(id);
        if (stored !== undefined) found.set(id, entryRecord(stored));
        else if (!skipMissing) throw new JournalError('not-found', { ids: [id] });
      }
      return { records: found, raw: await tx.getMeta(CHAIN_KEY) };
    });
    const start = chainState(raw);
    let chain = start;
    const at = new Date().toISOString();
    for (const record of records.values()) {
      const links = linksOf(await this.openEntry(record, mode.readKey));
      if (links.length === 0) continue;
      const event = await kit.linkAfter(chain, at, await kit.removalDigest(links));
      chain = { seq: event.seq, hash: event.hash, removals: [...chain.removals, { links, event }] };
    }
    const committed = await this.backend.run('readwrite', async (tx) => {
      await expectLock(tx, mode.expected);
      await expectChain(tx, start);
      for (const [id, record] of records) {
        // Still the entry whose links were kept.
        if (!unchanged(await tx.getEntry(id), record)) throw new ChainMoved();
      }
      for (const id of ids) {
        if (!records.has(id)) continue;
        for (const fileId of await tx.fileIdsOf(id)) await tx.deleteFile(fileId);
        await tx.deleteEntry(id);
      }
      if (chain.seq !== start.seq) await tx.putMeta(CHAIN_KEY, chain);
      return this.revise(tx);
    });
    committed((held) => held.filter((entry) => !records.has(entry.id)));
    this.changed();
  }

  file(attachmentId: string): Promise<Blob> {
    return this.guard(async () => {
      const { lock, raw } = await this.backend.run('readonly', async (tx) => ({
        lock: parseLock(await tx.getMeta(LOCK_KEY)),
        raw: await tx.getFile(attachmentId),
      }));
      const key = this.keyFor(lock);
      if (raw === undefined) throw new JournalError('not-found', { ids: [attachmentId] });
      const record = fileRecord(raw);
      if ('blob' in record) return record.blob;
      if (!key) throw new JournalError('corrupt', { ids: [attachmentId] });
      try {
        const bytes = await decryptBytes(key, record.sealed, fileData(record.id));
        const type = await decryptText(key, record.sealedType, typeData(record.id));
        return new Blob([bytes], { type });
      } catch (error) {
        if (!(error instanceof DecryptError)) throw error;
        throw new JournalError('corrupt', { cause: error, ids: [attachmentId] });
      }
    });
  }

  clear(): Promise<void> {
    return this.guard(() =>
      this.writing(async () => {
        await this.backend.run('readwrite', (tx) => tx.clear());
        this.unlocked = null;
        this.listed = null;
        this.changed();
      }),
    );
  }

  lockState(): Promise<LockState> {
    return this.guard(async () => {
      const lock = await this.readLock();
      if (!lock) {
        this.unlocked = null;
        return 'none';
      }
      if (this.unlocked?.salt === toHex(lock.salt)) return 'unlocked';
      this.unlocked = null;
      return 'locked';
    });
  }

  /** Derives the key and checks it against the verifier. Rejects `wrong-passphrase`. */
  private async keyOf(passphrase: string, lock: LockRecord): Promise<CryptoKey> {
    const key = await deriveKey(passphrase, new Uint8Array(lock.salt), lock.iterations);
    if (!(await checkVerifier(key, lock.verifier))) throw new JournalError('wrong-passphrase');
    this.unlocked = { key, salt: toHex(lock.salt) };
    return key;
  }

  /** Moves the lock to another phase, or deletes it (`null`), if it is still `from`. */
  private async setPhase(from: LockRecord, phase: LockPhase | null): Promise<LockRecord | null> {
    const next = phase ? { ...from, phase } : null;
    await this.backend.run('readwrite', async (tx) => {
      await expectLock(tx, fingerprint(from));
      if (next) await tx.putMeta(LOCK_KEY, next);
      else await tx.deleteMeta(LOCK_KEY);
    });
    return next;
  }

  /** Finishes the lock's current phase: encrypts or decrypts what is left, then moves on. */
  private async finish(lock: LockRecord, key: CryptoKey): Promise<void> {
    if (lock.phase === 'sealed') return;
    const direction = lock.phase === 'sealing' ? 'seal' : 'unseal';
    await this.convertEntries(direction, key, fingerprint(lock));
    await this.convertFiles(direction, key, fingerprint(lock));
    if (direction === 'seal') {
      if (!(await this.move(lock))) await this.setPhase(lock, 'sealed');
    } else {
      await this.setPhase(lock, null);
      this.unlocked = null;
    }
  }

  /**
   * Once `lock` has encrypted every record: copies them into a fresh place, sealed, switches to
   * it and deletes the old place with the clear text its files kept (see the module's comment).
   * False where the journal cannot move (no storage buckets) or when the copy fails (a full
   * disk: a copy needs the journal's size again): the journal is then sealed where it is.
   */
  private move(lock: LockRecord): Promise<boolean> {
    const whereabouts = this.whereabouts;
    if (!whereabouts) return Promise.resolve(false);
    return whereabouts.places.exclusive(() =>
      this.relocate(whereabouts, { ...lock, phase: 'sealed' }),
    );
  }

  compact(): Promise<boolean> {
    return this.guard(async () => {
      const whereabouts = this.whereabouts;
      if (!whereabouts) return false;
      return whereabouts.places.exclusive(async () => {
        const lock = await this.readLock();
        // Halfway through setting or removing a lock: `unlock` finishes that first.
        if (lock && lock.phase !== 'sealed') return false;
        return this.relocate(whereabouts, lock);
      });
    });
  }

  /** Copies the journal into a fresh place, switches to it, deletes the old one (`move`). */
  private async relocate(whereabouts: Whereabouts, lock: LockRecord | null): Promise<boolean> {
    const { places } = whereabouts;
    const target = await places
      .fresh(() => {
        this.markGone();
      })
      .catch(() => null);
    if (!target) return false;
    try {
      await copyRecords(this.backend, target.backend, lock);
    } catch {
      target.backend.close();
      // If this fails too, the next opening deletes the unfinished copy.
      await places.drop(target.generation).catch(() => undefined);
      return false;
    }
    const old = this.backend;
    this.backend = target.backend;
    this.whereabouts = { places, generation: target.generation, bucket: target.bucket };
    old.close();
    this.channel?.postMessage({ type: 'moved' });
    // If this fails, the next opening deletes it (the copy is complete).
    await places.drop(whereabouts.generation).catch(() => undefined);
    return true;
  }

  /** Runs a write holding the place's lock shared, so that no move copies meanwhile. */
  private writing<T>(work: () => Promise<T>): Promise<T> {
    return this.whereabouts ? this.whereabouts.places.shared(work) : work();
  }

  private async convertEntries(direction: 'seal' | 'unseal', key: CryptoKey, expected: string) {
    for await (const records of entryBatches(this.backend)) {
      const updates: { readonly before: EntryRecord; readonly after: EntryRecord }[] = [];
      for (const before of records) {
        if (direction === 'seal' && 'entry' in before) {
          const entry = await this.openEntry(before, null);
          const sealed = await encryptText(key, JSON.stringify(entry), entryData(entry.id));
          updates.push({ before, after: { id: entry.id, sealed } });
        } else if (direction === 'unseal' && 'sealed' in before) {
          updates.push({
            before,
            after: { id: before.id, entry: await this.openEntry(before, key) },
          });
        }
      }
      if (updates.length === 0) continue;
      const committed = await this.backend.run('readwrite', async (tx) => {
        await expectLock(tx, expected);
        for (const { before, after } of updates) {
          // Changed meanwhile by another tab (which then wrote it in the right form): keep it.
          if (unchanged(await tx.getEntry(before.id), before)) await tx.putEntry(after);
        }
        return this.revise(tx);
      });
      // The same entries, stored in another form.
      committed((held) => [...held]);
    }
  }

  private async convertFiles(direction: 'seal' | 'unseal', key: CryptoKey, expected: string) {
    const ids = await this.backend.run('readonly', (tx) => tx.fileIds());
    // One file per transaction: a file can be 200 MB, and its bytes are in memory meanwhile.
    for (const id of ids) {
      const raw = await this.backend.run('readonly', (tx) => tx.getFile(id));
      if (raw === undefined) continue;
      const before = fileRecord(raw);
      let after: FileRecord;
      if (direction === 'seal' && 'blob' in before) {
        after = {
          id,
          entryId: before.entryId,
          sealed: await encryptBytes(key, await before.blob.arrayBuffer(), fileData(id)),
          sealedType: await encryptText(key, before.blob.type, typeData(id)),
        };
      } else if (direction === 'unseal' && 'sealed' in before) {
        let bytes: ArrayBuffer;
        let type: string;
        try {
          bytes = await decryptBytes(key, before.sealed, fileData(id));
          type = await decryptText(key, before.sealedType, typeData(id));
        } catch (error) {
          if (!(error instanceof DecryptError)) throw error;
          throw new JournalError('corrupt', { cause: error, ids: [id] });
        }
        after = { id, entryId: before.entryId, blob: new Blob([bytes], { type }) };
      } else continue;
      await this.backend.run('readwrite', async (tx) => {
        await expectLock(tx, expected);
        // Files never change once stored; only a deleted one must not come back.
        if (await tx.hasFile(id)) await tx.putFile(after);
      });
    }
  }

  setLock(passphrase: string): Promise<void> {
    return this.guard(async () => {
      if (passphrase.length === 0) throw new JournalError('wrong-passphrase');
      let lock = await this.readLock();
      if (lock?.phase === 'sealed') throw new JournalError('locked');
      let key: CryptoKey;
      if (lock) {
        key = await this.keyOf(passphrase, lock);
        if (lock.phase === 'unsealing') lock = await this.setPhase(lock, 'sealing');
      } else {
        const salt = randomBytes(SALT_BYTES);
        key = await deriveKey(passphrase, salt, this.iterations);
        const created: LockRecord = {
          salt: salt.buffer,
          iterations: this.iterations,
          verifier: await makeVerifier(key),
          phase: 'sealing',
        };
        await this.backend.run('readwrite', async (tx) => {
          await expectLock(tx, 'none');
          await tx.putMeta(LOCK_KEY, created);
        });
        this.unlocked = { key, salt: toHex(salt) };
        lock = created;
      }
      this.changed();
      if (lock) await this.finish(lock, key);
      this.changed();
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.guard(async () => {
      const lock = await this.readLock();
      if (!lock) {
        this.unlocked = null;
        return;
      }
      const key = await this.keyOf(passphrase, lock);
      await this.finish(lock, key);
      this.emit();
    });
  }

  lock(): void {
    this.unlocked = null;
    this.changed('lock');
  }

  removeLock(passphrase: string): Promise<void> {
    return this.guard(async () => {
      let lock = await this.readLock();
      if (!lock) return;
      const key = await this.keyOf(passphrase, lock);
      if (lock.phase !== 'unsealing') lock = await this.setPhase(lock, 'unsealing');
      if (lock) await this.finish(lock, key);
      this.changed();
    });
  }

  async estimate(): Promise<StorageEstimate> {
    const held = this.backend.heldBytes();
    if (held !== null) return { usage: held, quota: 0, persisted: false };
    const storage = storageManager();
    if (!storage) return { usage: 0, quota: 0, persisted: false };
    const bucket = this.whereabouts?.bucket;
    try {
      const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
        storage.estimate(),
        bucket?.persisted ? bucket.persisted() : storage.persisted(),
      ]);
      return { usage, quota, persisted };
    } catch {
      return { usage: 0, quota: 0, persisted: false };
    }
  }

  async requestPersistence(): Promise<boolean> {
    const storage = storageManager();
    if (!this.persistent || !storage) return false;
    try {
      const granted = await storage.persist();
      // A bucket's persistence is its own, asked once the site may persist.
      const bucket = this.whereabouts?.bucket;
      return granted && bucket?.persist ? await bucket.persist() : granted;
    } catch {
      return false;
    }
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  close(): void {
    this.channel?.close();
    this.listeners.clear();
    this.backend.close();
  }
}

/** `navigator.storage`, missing outside secure contexts and in Node. */
function storageManager(): StorageManager | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return (navigator as Partial<Navigator>).storage;
}

/** Validates save items before any work: entries, added files, removed ids, duplicates. */
function checkItems(items: readonly SaveItem[]) {
  const entryIds = new Set<string>();
  const fileIds = new Set<string>();
  return items.map(({ entry: input, added, removed }) => {
    const entry = parseEntry(input);
    const bad: string[] = [];
    if (entryIds.has(entry.id)) bad.push('id');
    entryIds.add(entry.id);
    const listed = new Map(entry.attachments.map((meta) => [meta.id, meta]));
    const files = added.map(({ meta, data }) => {
      const known = listed.get(meta.id);
      if (!known || !isBlob(data) || data.size !== known.size || fileIds.has(meta.id)) {
        bad.push('added');
      }
      fileIds.add(meta.id);
      return { meta: known ?? meta, data };
    });
    if (removed.some((id) => listed.has(id))) bad.push('removed');
    if (bad.length > 0) throw new InvalidEntryError([...new Set(bad)]);
    return { entry, added: files };
  });
}

/** A journal held in memory only, lost when the tab closes; otherwise the same behaviour. */
export function createMemoryJournal(options: JournalOptions = {}): JournalRepo {
  return new Journal(createMemoryBackend(), options, null);
}

/**
 * Opens the journal on this device. When IndexedDB cannot be used (private browsing, blocked
 * storage, another tab holding an older version), returns a memory journal whose
 * `fallbackReason` says why (`unavailable`, `blocked`, `full`).
 */
export async function openJournal(options: JournalOptions = {}): Promise<JournalRepo> {
  const places = options.places ?? createPlaces(options.name ?? DB_NAME, browserEnvironment());
  let journal: Journal | null = null;
  try {
    const placed = await places.exclusive(() =>
      places.open(() => {
        journal?.markGone();
      }),
    );
    journal = new Journal(placed.backend, options, null, {
      places,
      generation: placed.generation,
      bucket: placed.bucket,
    });
    return journal;
  } catch (error) {
    const reason: JournalProblem = error instanceof OpenError ? error.failure : 'unavailable';
    return new Journal(createMemoryBackend(), options, reason);
  }
}

/**
 * Deletes the journal from this device ("Tout effacer"), wherever it lives: every storage bucket
 * it used (their files go with them) and the page's database. Works when locked.
 */
export function eraseJournal(name: string = DB_NAME): Promise<DeleteResult> {
  return createPlaces(name, browserEnvironment()).eraseAll();
}
