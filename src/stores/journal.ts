import { create } from 'zustand';
import type { AttachmentMeta, JournalEntry } from '../lib/journal/model.ts';
import type { JournalProblem, JournalRepo } from '../lib/journal/db.ts';
import { JournalError, createMemoryJournal, eraseJournal, openJournal } from '../lib/journal/db.ts';
import { forgetExportFile } from '../lib/journal/export-disk.ts';
import type { DeleteFailure } from '../lib/site-data.ts';

/**
 * What erasing reports: done, or why not. `blocked`: another tab holds the journal open (the
 * deletion completes when it closes); `unavailable`: the browser refused.
 */
export type EraseResult =
  { readonly ok: true } | { readonly ok: false; readonly problem: DeleteFailure };

/** What an action that can fail reports: done, or why not (the screen says it in French). */
export type ActionResult =
  { readonly ok: true } | { readonly ok: false; readonly problem: JournalProblem };

/**
 * The evidence journal as the screens see it. The entries live in IndexedDB (src/lib/journal);
 * this store only mirrors them and says what went wrong. Several tabs stay in step through the
 * repository's change events.
 */
interface JournalState {
  readonly status: 'idle' | 'loading' | 'ready' | 'locked' | 'error';
  readonly entries: readonly JournalEntry[];
  /** Why the journal lives in memory only (storage unavailable), or null when it is kept. */
  readonly fallback: JournalProblem | null;
  /** What the last action could not do, for the message shown. */
  readonly problem: JournalProblem | null;
  readonly lock: 'none' | 'locked' | 'unlocked';
  /** Opens the journal once; later calls reuse it. */
  open: () => Promise<JournalRepo>;
  refresh: () => Promise<void>;
  /**
   * Saves an entry. `since`: the `updatedAt` of the version the form was opened on (`null` for
   * a new entry); the save is refused with `conflict` when the entry changed meanwhile.
   */
  save: (
    entry: JournalEntry,
    added: readonly { meta: AttachmentMeta; data: Blob }[],
    removed: readonly string[],
    since?: string | null,
  ) => Promise<ActionResult>;
  remove: (id: string) => Promise<ActionResult>;
  clear: () => Promise<ActionResult>;
  /**
   * Erases the journal from this device: entries, files, lock, the export left for a download,
   * and the database itself (none is left behind, not even empty). Works when locked.
   */
  erase: () => Promise<EraseResult>;
  unlock: (passphrase: string) => Promise<ActionResult>;
  setLock: (passphrase: string) => Promise<ActionResult>;
  removeLock: (passphrase: string) => Promise<ActionResult>;
  lockNow: () => Promise<void>;
  dismissProblem: () => void;
}

let repoPromise: Promise<JournalRepo> | null = null;

/** Where the journal is opened: IndexedDB on this device, or memory only (a séance). */
export type JournalBackend = 'device' | 'memory';

let backend: JournalBackend = 'device';

/**
 * Chooses where the journal is opened from now on. A journal already opened is closed and
 * forgotten (a memory journal with it: its entries and files go); nothing stored is erased.
 * A séance opens a memory journal, so that nothing of it reaches the device and the journal
 * someone else keeps on this computer is neither shown nor touched.
 */
export async function chooseJournalBackend(choice: JournalBackend): Promise<void> {
  backend = choice;
  const opened = repoPromise;
  repoPromise = null;
  useJournal.setState({ status: 'idle', entries: [], fallback: null, problem: null, lock: 'none' });
  if (opened) (await opened).close();
}

/** What went wrong, for the message shown. An unexpected error is said too, never swallowed. */
const problemOf = (error: unknown): JournalProblem => {
  if (error instanceof JournalError) return error.problem;
  console.error(error);
  return 'corrupt';
};

export const useJournal = create<JournalState>()((set, get) => {
  /** Runs an action; on a failure records it and reports it to the screen that asked. */
  const attempt = async (action: (repo: JournalRepo) => Promise<void>): Promise<ActionResult> => {
    const repo = await get().open();
    try {
      await action(repo);
    } catch (error) {
      const problem = problemOf(error);
      set({ problem });
      return { ok: false, problem };
    }
    set({ problem: null });
    await get().refresh();
    return { ok: true };
  };

  return {
    status: 'idle',
    entries: [],
    fallback: null,
    problem: null,
    lock: 'none',
    open: () => {
      if (repoPromise === null) {
        set({ status: 'loading' });
        const opening =
          backend === 'memory' ? Promise.resolve(createMemoryJournal()) : openJournal();
        repoPromise = opening.then((repo) => {
          set({ fallback: repo.fallbackReason });
          repo.onChange(() => {
            void get().refresh();
          });
          return repo;
        });
        void repoPromise.then(() => get().refresh());
      }
      return repoPromise;
    },
    refresh: async () => {
      const repo = await get().open();
      try {
        // Reading the lock can fail too (a damaged lock record): said like any other failure.
        const lock = await repo.lockState();
        if (lock === 'locked') {
          set({ status: 'locked', lock, entries: [] });
          return;
        }
        const listed = await repo.list();
        const held = get().entries;
        // The same entries as held (the repository hands back what it holds): the screens keep
        // theirs, and a long chronology is not drawn again after every refresh.
        const same =
          listed.length === held.length && listed.every((entry, index) => entry === held[index]);
        set({ status: 'ready', lock, entries: same ? held : listed });
      } catch (error) {
        const problem = problemOf(error);
        set(
          problem === 'locked'
            ? { status: 'locked', lock: 'locked', entries: [] }
            : { status: 'error', problem },
        );
      }
    },
    save: async (entry, added, removed, since) => {
      const repo = await get().open();
      try {
        await repo.save(entry, added, removed, since);
      } catch (error) {
        const problem = problemOf(error);
        // The screen that saved says it; the latest version is loaded for a merge.
        if (problem === 'conflict') await get().refresh();
        else set({ problem });
        return { ok: false, problem };
      }
      set({ problem: null });
      await get().refresh();
      return { ok: true };
    },
    remove: (id) => attempt((repo) => repo.remove(id)),
    clear: () => attempt((repo) => repo.clear()),
    erase: async () => {
      const opened = repoPromise;
      repoPromise = null;
      if (opened) (await opened).close();
      await forgetExportFile();
      // A séance's journal is in memory, now dropped: the database (someone else's) stays.
      const result = backend === 'memory' ? ({ ok: true } as const) : await eraseJournal();
      // Empty, and nothing opened: a database is created again only when the journal is used.
      set({ status: 'ready', entries: [], fallback: null, problem: null, lock: 'none' });
      return result.ok ? result : { ok: false, problem: result.failure };
    },
    unlock: (passphrase) => attempt((repo) => repo.unlock(passphrase)),
    setLock: (passphrase) => attempt((repo) => repo.setLock(passphrase)),
    removeLock: (passphrase) => attempt((repo) => repo.removeLock(passphrase)),
    lockNow: async () => {
      (await get().open()).lock();
      await forgetExportFile();
      await get().refresh();
    },
    dismissProblem: () => {
      set({ problem: null });
    },
  };
});

/** Forgets the opened journal: for tests only. */
export function resetJournalForTests(): void {
  repoPromise = null;
  backend = 'device';
  useJournal.setState({ status: 'idle', entries: [], fallback: null, problem: null, lock: 'none' });
}
