import type { Backend } from './backend.ts';
import { COMPLETE_KEY } from './backend.ts';
import { openIdbBackend } from './backend-idb.ts';
import type { DeleteResult } from '../site-data.ts';
import { deleteDatabase } from '../site-data.ts';

/**
 * Where the journal's database lives on the device, and how it moves to a fresh one.
 *
 * Chromium keeps all the IndexedDB databases of a site in one LevelDB folder: overwriting a record,
 * or deleting the whole database, leaves the old bytes in its log and tables until a compaction
 * that may not come (measured in Chromium 156: an act's text was still in an `.ldb` file after its
 * database was deleted and the browser closed). A storage bucket (Storage Buckets API, Chromium
 * 122 and later) has its own folder, which is removed from disk when the bucket is deleted. So
 * where buckets exist, the journal lives in a bucket named `<name>-<generation>`; once a lock has
 * encrypted it, its encrypted records are copied into a new bucket and the old one is deleted,
 * with everything that was ever written in clear (`db.ts`, `move`). Elsewhere (Firefox, Safari)
 * it stays in the page's IndexedDB, generation 0, and never moves.
 *
 * A move survives a closed tab: a copy writes `COMPLETE_KEY` in its last transaction (and the
 * journal in use always has it). On opening, when several generations exist, a move was
 * interrupted: the highest complete generation is the journal (the copy had finished), or else
 * the lowest (the copy had not: its source); the others are deleted. Opening and moving hold
 * one Web Lock, and every write holds it shared, so no tab chooses or writes while another copies.
 */

/** What the journal uses of a storage bucket (`StorageBucket`). */
export interface BucketLike {
  readonly indexedDB: IDBFactory;
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** What the journal uses of `navigator.storageBuckets` (`StorageBucketManager`). */
export interface BucketManagerLike {
  open: (
    name: string,
    options?: { readonly durability?: 'strict' | 'relaxed' },
  ) => Promise<BucketLike>;
  keys: () => Promise<string[]>;
  delete: (name: string) => Promise<void>;
}

/** What the journal uses of `navigator.locks` (`LockManager`). */
export interface LocksLike {
  request: <T>(
    name: string,
    options: { readonly mode: 'exclusive' | 'shared' },
    work: () => Promise<T>,
  ) => Promise<T>;
}

/** The journal's database, opened, and where it is. */
export interface Placed {
  readonly backend: Backend;
  /** 0: the page's own IndexedDB; 1, 2…: the storage bucket `<name>-<generation>`. */
  readonly generation: number;
  /** The bucket, when there is one (its persistence is its own). */
  readonly bucket: BucketLike | null;
}

/** Where the journal can live on this device. */
export interface Places {
  /** Runs `work` holding the lock every tab takes to open or move the journal. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Runs a write holding the same lock shared: a move never runs while another tab writes. */
  shared: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * Opens the journal where it is, finishing or undoing an interrupted move (call it inside
   * `exclusive`). `onGone`: the browser closed the connection.
   */
  open: (onGone: () => void) => Promise<Placed>;
  /** An empty place for a copy, after every existing one; `null` where the journal cannot move. */
  fresh: (onGone: () => void) => Promise<Placed | null>;
  /** Deletes a generation: its bucket (and its files), or the page's database. */
  drop: (generation: number) => Promise<void>;
  /** Deletes every generation ("Tout effacer"). */
  eraseAll: () => Promise<DeleteResult>;
}

/** The browser's storage environment; each part `null`/`undefined` when missing. */
export interface PlaceEnvironment {
  readonly factory: IDBFactory | undefined;
  readonly buckets: BucketManagerLike | null;
  readonly locks: LocksLike | null;
}

/** The bucket name of a generation. */
export const bucketName = (name: string, generation: number): string => `${name}-${generation}`;

/** The generation a bucket name stands for, or `null` when it is not one of this journal's. */
export function generationOf(name: string, bucket: string): number | null {
  if (!bucket.startsWith(`${name}-`)) return null;
  const rest = bucket.slice(name.length + 1);
  return /^[1-9]\d{0,8}$/.test(rest) ? Number(rest) : null;
}

/** The page's storage environment. */
export function browserEnvironment(): PlaceEnvironment {
  const nav: Partial<{ storageBuckets: BucketManagerLike; locks: LockManager }> =
    typeof navigator === 'undefined' ? {} : navigator;
  const locks = nav.locks;
  return {
    factory: typeof indexedDB === 'undefined' ? undefined : indexedDB,
    buckets: nav.storageBuckets ?? null,
    locks: locks ? { request: (name, options, work) => locks.request(name, options, work) } : null,
  };
}

/** Whether the page's own IndexedDB holds a database `name`. */
async function pageDatabaseExists(factory: IDBFactory, name: string): Promise<boolean> {
  try {
    return (await factory.databases()).some((info) => info.name === name);
  } catch {
    return false;
  }
}

const isComplete = (backend: Backend): Promise<boolean> =>
  backend.run('readonly', async (tx) => (await tx.getMeta(COMPLETE_KEY)) === true);

/** The journal's places in this environment. `name`: the database name (and bucket prefix). */
export function createPlaces(name: string, env: PlaceEnvironment): Places {
  const { factory, buckets, locks } = env;

  const generations = async (): Promise<number[]> => {
    if (!buckets) return [];
    const found = (await buckets.keys()).map((key) => generationOf(name, key));
    return found.filter((generation) => generation !== null).sort((a, b) => a - b);
  };

  const openAt = async (generation: number, onGone: () => void): Promise<Placed> => {
    if (generation === 0 || !buckets) {
      return { backend: await openIdbBackend(name, onGone, factory), generation: 0, bucket: null };
    }
    const bucket = await buckets.open(bucketName(name, generation), { durability: 'strict' });
    return {
      backend: await openIdbBackend(name, onGone, bucket.indexedDB),
      generation,
      bucket,
    };
  };

  const drop = async (generation: number): Promise<void> => {
    if (generation === 0 || !buckets) {
      const result = await deleteDatabase(name);
      if (!result.ok && result.failure === 'unavailable') throw new Error('not deleted');
    } else await buckets.delete(bucketName(name, generation));
  };

  const markComplete = (placed: Placed): Promise<void> =>
    placed.backend.run('readwrite', async (tx) => {
      if ((await tx.getMeta(COMPLETE_KEY)) !== true) await tx.putMeta(COMPLETE_KEY, true);
    });

  return {
    exclusive: (work) =>
      locks ? locks.request(`${name}-place`, { mode: 'exclusive' }, work) : work(),
    shared: (work) => (locks ? locks.request(`${name}-place`, { mode: 'shared' }, work) : work()),

    open: async (onGone) => {
      const inBuckets = await generations();
      // Generation 0 counts only while it exists: a new journal starts in a bucket.
      const legacy =
        buckets === null || (factory !== undefined && (await pageDatabaseExists(factory, name)));
      const candidates = [...(legacy ? [0] : []), ...inBuckets];
      if (candidates.length === 0) candidates.push(1);
      if (candidates.length === 1) {
        const placed = await openAt(candidates[0] ?? 0, onGone);
        if (placed.generation > 0) await markComplete(placed);
        return placed;
      }
      // An interrupted move: keep the copy if it finished, else its source; delete the rest.
      let chosen: Placed | null = null;
      for (const generation of [...candidates].reverse()) {
        const placed = await openAt(generation, onGone);
        if (placed.generation > 0 && (await isComplete(placed.backend))) {
          chosen = placed;
          break;
        }
        placed.backend.close();
      }
      chosen ??= await openAt(candidates[0] ?? 0, onGone);
      for (const generation of candidates) {
        if (generation !== chosen.generation) await drop(generation);
      }
      if (chosen.generation > 0) await markComplete(chosen);
      return chosen;
    },

    fresh: async (onGone) => {
      if (!buckets) return null;
      const existing = await generations();
      return openAt((existing.at(-1) ?? 0) + 1, onGone);
    },

    drop,

    eraseAll: async () => {
      try {
        for (const generation of await generations()) await drop(generation);
      } catch {
        return { ok: false, failure: 'unavailable' };
      }
      return deleteDatabase(name);
    },
  };
}
