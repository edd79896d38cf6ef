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

function area(which: StorageArea): Storage | null {
  try {
    const storage = which === 'device' ? window.localStorage : window.sessionStorage;
    // Some browsers expose storage but throw on use: probe it.
    const probe = '__balise_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export function readItem(which: StorageArea, key: string): ReadResult {
  const storage = area(which);
  if (!storage) return { ok: false, failure: 'unavailable' };
  return { ok: true, value: storage.getItem(key) };
}

export function writeItem(which: StorageArea, key: string, value: string): WriteResult {
  const storage = area(which);
  if (!storage) return { ok: false, failure: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

export function removeItem(which: StorageArea, key: string): void {
  area(which)?.removeItem(key);
}
