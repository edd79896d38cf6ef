/**
 * Erasing what Balise keeps in this browser: Web Storage keys, and an IndexedDB database (the
 * database itself, not just its records). Failures are reported, never thrown.
 */

/** Every Web Storage key of the app starts with this. */
export const APP_KEY_PREFIX = 'balise:';

/** Why a database could not be deleted. */
export type DeleteFailure = 'blocked' | 'unavailable';

export type DeleteResult =
  { readonly ok: true } | { readonly ok: false; readonly failure: DeleteFailure };

/** How long an open connection elsewhere (another tab) may take to let go before we say so. */
const BLOCKED_GRACE_MS = 1500;

/** Removes every key starting with `prefix` from this tab's session storage and the device's. */
export function removeKeysWithPrefix(prefix: string = APP_KEY_PREFIX): void {
  for (const which of ['sessionStorage', 'localStorage'] as const) {
    let storage: Storage;
    try {
      storage = window[which];
    } catch {
      continue; // Storage blocked: nothing of ours can be in it.
    }
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix) === true) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  }
}

/**
 * Deletes the IndexedDB database `name` (absent is fine). Other tabs holding it open are asked to
 * close it (`versionchange`); if one still holds it after a short wait, resolves `blocked`: the
 * deletion then completes by itself as soon as that tab closes.
 */
export function deleteDatabase(name: string): Promise<DeleteResult> {
  if (typeof indexedDB === 'undefined') return Promise.resolve({ ok: true });
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (result: DeleteResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.deleteDatabase(name);
    } catch {
      settle({ ok: false, failure: 'unavailable' });
      return;
    }
    request.onsuccess = () => {
      settle({ ok: true });
    };
    request.onerror = () => {
      settle({ ok: false, failure: 'unavailable' });
    };
    request.onblocked = () => {
      timer = setTimeout(() => {
        settle({ ok: false, failure: 'blocked' });
      }, BLOCKED_GRACE_MS);
    };
  });
}

/**
 * Whether this browser holds any of `keys` (in this tab's session storage or on the device) or an
 * IndexedDB database named `database` (or a storage bucket `<database>-<n>`, see
 * `lib/journal/place.ts`). Where the browser cannot list its databases, one is
 * assumed to exist: better to offer a choice about data that turns out absent than to miss some.
 */
export async function holdsData(keys: readonly string[], database: string): Promise<boolean> {
  for (const which of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = window[which];
      if (keys.some((key) => storage.getItem(key) !== null)) return true;
    } catch {
      // Storage blocked: nothing of ours can be in it.
    }
  }
  if (typeof indexedDB === 'undefined') return false;
  try {
    if ((await indexedDB.databases()).some((info) => info.name === database)) return true;
    // The journal lives in storage buckets named `<database>-<n>` where the browser has them.
    const buckets = (navigator as { storageBuckets?: { keys: () => Promise<string[]> } })
      .storageBuckets;
    return buckets ? (await buckets.keys()).some((key) => key.startsWith(`${database}-`)) : false;
  } catch {
    return true;
  }
}
