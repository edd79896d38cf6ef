import type { Backend, Tx } from './backend.ts';

/**
 * The memory engine: the same transactions as IndexedDB, held in this tab only and lost on
 * close. A write transaction works on copies of the maps and swaps them in only on success, so a
 * failure leaves nothing half-written; transactions run one after another, like IndexedDB's.
 */

interface State {
  readonly entries: Map<string, unknown>;
  readonly files: Map<string, { readonly id: string; readonly entryId: string }>;
  readonly meta: Map<string, unknown>;
}

const copy = (state: State): State => ({
  entries: new Map(state.entries),
  files: new Map(state.files),
  meta: new Map(state.meta),
});

function txOver(state: State, writable: boolean): Tx {
  const write = (action: () => void): Promise<void> => {
    if (!writable) return Promise.reject(new DOMException('Read-only', 'ReadOnlyError'));
    action();
    return Promise.resolve();
  };
  return {
    getMeta: (key) => Promise.resolve(state.meta.get(key)),
    putMeta: (key, value) => write(() => state.meta.set(key, value)),
    deleteMeta: (key) => write(() => state.meta.delete(key)),
    getEntry: (id) => Promise.resolve(state.entries.get(id)),
    allEntries: () => Promise.resolve([...state.entries.values()]),
    entryIds: () => Promise.resolve([...state.entries.keys()]),
    countEntries: () => Promise.resolve(state.entries.size),
    putEntry: (record) => write(() => state.entries.set(record.id, record)),
    deleteEntry: (id) => write(() => state.entries.delete(id)),
    getFile: (id) => Promise.resolve(state.files.get(id)),
    hasFile: (id) => Promise.resolve(state.files.has(id)),
    fileIds: () => Promise.resolve([...state.files.keys()]),
    fileIdsOf: (entryId) =>
      Promise.resolve(
        [...state.files.values()].filter((file) => file.entryId === entryId).map((f) => f.id),
      ),
    putFile: (record) => write(() => state.files.set(record.id, record)),
    deleteFile: (id) => write(() => state.files.delete(id)),
    clear: () =>
      write(() => {
        state.entries.clear();
        state.files.clear();
        state.meta.clear();
      }),
  };
}

function sizeOf(record: unknown): number {
  if (typeof record !== 'object' || record === null) return 0;
  if ('blob' in record && typeof record.blob === 'object' && record.blob !== null) {
    const { size } = record.blob as { size?: unknown };
    return typeof size === 'number' ? size : 0;
  }
  if ('sealed' in record && typeof record.sealed === 'object' && record.sealed !== null) {
    const { data } = record.sealed as { data?: ArrayBuffer };
    return data?.byteLength ?? 0;
  }
  return 0;
}

/** A memory engine, empty. */
export function createMemoryBackend(): Backend {
  let state: State = { entries: new Map(), files: new Map(), meta: new Map() };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    persistent: false,
    run: (mode, work) => {
      const result = queue.then(async () => {
        if (mode === 'readonly') return work(txOver(state, false));
        const draft = copy(state);
        const value = await work(txOver(draft, true));
        state = draft;
        return value;
      });
      queue = result.catch(() => undefined);
      return result;
    },
    heldBytes: () => [...state.files.values()].reduce((sum, file) => sum + sizeOf(file), 0),
    close: () => undefined,
  };
}
