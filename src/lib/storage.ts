/**
 * Typed access to the browser's Web Storage. Storage can be missing (private browsing, blocked
 * cookies, a sandboxed frame) or full: every call reports that instead of throwing.
 */

export type StorageArea = 'session' | 'device';

export type StorageFailure = 'unavailable' | 'full';

export type ReadResult =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly failure: 'unavailable' };

export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure };

/**
 * The storage object, or null when the browser refuses it (reading `localStorage` itself throws
 * when cookies are blocked). Nothing is written to find out: a probe write would fail on a full
 * storage and make "full" look like "unavailable".
 */
function area(which: StorageArea): Storage | null {
  try {
    return which === 'device' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export function readItem(which: StorageArea, key: string): ReadResult {
  try {
    const storage = area(which);
    if (!storage) return { ok: false, failure: 'unavailable' };
    return { ok: true, value: storage.getItem(key) };
  } catch {
    // Some browsers expose storage but throw on use.
    return { ok: false, failure: 'unavailable' };
  }
}

export function writeItem(which: StorageArea, key: string, value: string): WriteResult {
  try {
    const storage = area(which);
    if (!storage) return { ok: false, failure: 'unavailable' };
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

export function removeItem(which: StorageArea, key: string): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // Nothing to remove from a storage the browser refuses.
  }
}
