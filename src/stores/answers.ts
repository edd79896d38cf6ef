import { create } from 'zustand';
import type { Answers, OptionOf, QuestionId, StepId } from '../engine/index.ts';
import { InvalidAnswersError, parseAnswers } from '../engine/first-screen.ts';
import type { StorageArea, StorageFailure } from '../lib/storage.ts';
import { readItem, removeItem, writeItem } from '../lib/storage.ts';
import { isLocale, type Locale } from '../content/locales.ts';

/**
 * The answers, and where they are kept. Only answers are stored: the plan, the next question and
 * the progress are derived from them by the engine.
 *
 * The language the person chose (`locale`, null to follow the browser) is kept with them, by the same
 * rules. Persistence is explicit and versioned: `{ version: 2, answers, locale? }` under one key, in the tab's
 * session storage by default, or on the device when the user chose "Se souvenir sur cet appareil".
 * An unreadable save is never dropped silently: it is set aside and the user is told. A save from
 * an older version is migrated to the current shape before it is checked (`migrate`).
 */

export const STORAGE_KEY = 'balise:answers';
export const SET_ASIDE_KEY = 'balise:answers:unreadable';
export const SAVE_VERSION = 2;

/**
 * What the documents' forms keep (src/stores/documents.ts), always where the answers are: this
 * tab's session storage, or the device. Moved and removed from here too, so that "Tout effacer",
 * "Terminer la séance" and the choice of where to keep take effect even when the documents store
 * was never loaded in this tab.
 */
export const DOCUMENTS_STORAGE_KEY = 'balise:documents';
/** Where an unreadable copy of the documents' details is set aside, like the answers'. */
export const DOCUMENTS_SET_ASIDE_KEY = 'balise:documents:unreadable';

/** The reports the person logged (src/stores/tracker.ts): kept, moved and erased like the details. */
export const TRACKER_STORAGE_KEY = 'balise:tracker';
/** Where an unreadable copy of the reports is set aside. */
export const TRACKER_SET_ASIDE_KEY = 'balise:tracker:unreadable';

/** What follows the answers wherever they are kept; and what is set aside beside it. */
const FOLLOWERS = [DOCUMENTS_STORAGE_KEY, TRACKER_STORAGE_KEY] as const;
const SET_ASIDE = [SET_ASIDE_KEY, DOCUMENTS_SET_ASIDE_KEY, TRACKER_SET_ASIDE_KEY] as const;

/**
 * Where the answers are kept: this tab's session storage, the device (local storage), or memory
 * only — a counsellor's "séance sur un ordinateur partagé" (src/stores/shared-session.ts), during
 * which Web Storage is never written and a reload forgets everything.
 */
export type Keep = StorageArea | 'memory';

export type SaveProblem =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'newer-version' }
  | { readonly kind: 'storage'; readonly failure: StorageFailure };

interface AnswersState {
  readonly answers: Answers;
  /** Where answers are kept: this tab only (default), this device, or memory (a séance). */
  readonly keep: Keep;
  readonly problem: SaveProblem | null;
  /** The language chosen in the switch, or null: the browser's languages decide (src/i18n/locale.ts). */
  readonly locale: Locale | null;
  /** Counts "forget everything" actions, so that other stores can forget with it. */
  readonly cleared: number;
  setAnswer: <Q extends QuestionId>(
    question: Q,
    value: Q extends 'contentKinds' ? readonly OptionOf<Q>[] : OptionOf<Q>,
  ) => void;
  setDone: (step: StepId, done: boolean) => void;
  setKeep: (keep: StorageArea) => void;
  /** Remembers the language chosen, where the answers are kept. Its words must be loaded first. */
  setLocale: (locale: Locale) => void;
  /**
   * Starts a séance: from now on answers live in memory only, starting empty. What storage holds
   * (perhaps someone else's answers) is neither shown nor touched.
   */
  keepInMemory: () => void;
  /**
   * Forgets every answer, everywhere (the "Terminer la séance" / "Tout effacer" buttons). During
   * a séance, only the séance's own answers (in memory): storage was not the séance's to erase.
   */
  clear: () => void;
  dismissProblem: () => void;
}

const MINOR_AGES: readonly unknown[] = ['under-15', '15-17'];

/**
 * Brings the answers of an older save to the current shape; they are checked afterwards.
 * Version 1 → 2: the context option `couple` (« un ou une partenaire, ou un ex ») was split into
 * `partner` (spouse, concubin or PACS partner, current or former: C. pén. 222-33-2-1) and `dating`
 * (boyfriend or girlfriend, without a life together; fact: partners.who-is-a-partner). For a
 * minor it becomes `dating`, which names the general offence and 222-33-2-1 only as possible;
 * for anyone else the answer is removed so that the question is asked again, with its new options.
 */
function migrate(version: number, answers: unknown): unknown {
  if (version >= 2 || typeof answers !== 'object' || answers === null) return answers;
  const old = answers as Record<string, unknown>;
  if (old['context'] !== 'couple') return answers;
  const rest = Object.fromEntries(Object.entries(old).filter(([field]) => field !== 'context'));
  return MINOR_AGES.includes(old['age']) ? { ...rest, context: 'dating' } : rest;
}

/** Reads a save: current version (older ones migrated), or an explicit problem. Exported for tests. */
export function readSave(
  raw: string,
): { answers: Answers; locale: Locale | null } | { problem: SaveProblem } {
  let save: unknown;
  try {
    save = JSON.parse(raw);
  } catch {
    return { problem: { kind: 'unreadable' } };
  }
  if (typeof save !== 'object' || save === null || !('version' in save) || !('answers' in save)) {
    return { problem: { kind: 'unreadable' } };
  }
  const { version, answers } = save;
  // A language this version does not speak (or none) is not a damaged save: the browser decides.
  const locale = 'locale' in save && isLocale(save.locale) ? save.locale : null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { problem: { kind: 'unreadable' } };
  }
  if (version > SAVE_VERSION) return { problem: { kind: 'newer-version' } };
  try {
    return { answers: parseAnswers(migrate(version, answers)), locale };
  } catch (error) {
    if (error instanceof InvalidAnswersError) return { problem: { kind: 'unreadable' } };
    throw error;
  }
}

function load(): Pick<AnswersState, 'answers' | 'keep' | 'problem' | 'locale'> {
  for (const keep of ['device', 'session'] as const) {
    const read = readItem(keep, STORAGE_KEY);
    if (!read.ok) {
      if (keep === 'session') {
        return {
          answers: {},
          keep,
          problem: { kind: 'storage', failure: read.failure },
          locale: null,
        };
      }
      continue;
    }
    if (read.value === null) continue;
    const result = readSave(read.value);
    if ('answers' in result) {
      return { answers: result.answers, keep, problem: null, locale: result.locale };
    }
    // Keep the unreadable save aside (it may matter to someone), then start afresh.
    writeItem(keep, SET_ASIDE_KEY, read.value);
    removeItem(keep, STORAGE_KEY);
    return { answers: {}, keep, problem: result.problem, locale: null };
  }
  return { answers: {}, keep: 'session', problem: null, locale: null };
}

function persist(answers: Answers, keep: Keep, locale: Locale | null): SaveProblem | null {
  if (keep === 'memory') return null;
  const other: StorageArea = keep === 'device' ? 'session' : 'device';
  removeItem(other, STORAGE_KEY);
  // The letter details and the reports follow the answers. Never left behind on the device, even
  // when this tab cannot take them (privacy first; their stores say when they cannot be kept).
  for (const key of FOLLOWERS) {
    const kept = readItem(other, key);
    if (kept.ok && kept.value !== null) writeItem(keep, key, kept.value);
    removeItem(other, key);
  }
  const save =
    locale === null
      ? { version: SAVE_VERSION, answers }
      : { version: SAVE_VERSION, answers, locale };
  const result = writeItem(keep, STORAGE_KEY, JSON.stringify(save));
  return result.ok ? null : { kind: 'storage', failure: result.failure };
}

export const useAnswers = create<AnswersState>()((set, get) => {
  const commit = (answers: Answers, keep = get().keep, locale = get().locale) => {
    const problem = persist(answers, keep, locale);
    set({ answers, keep, locale, problem: problem ?? get().problem });
  };
  return {
    ...load(),
    cleared: 0,
    setAnswer: (question, value) => {
      commit({ ...get().answers, [question]: value });
    },
    setDone: (step, done) => {
      const current = get().answers.done ?? [];
      const next = done ? [...new Set([...current, step])] : current.filter((s) => s !== step);
      commit({ ...get().answers, done: next });
    },
    setKeep: (keep) => {
      commit(get().answers, keep);
    },
    setLocale: (locale) => {
      commit(get().answers, get().keep, locale);
    },
    keepInMemory: () => {
      set({ answers: {}, keep: 'memory', problem: null, cleared: get().cleared + 1 });
    },
    clear: () => {
      if (get().keep === 'memory') {
        set({ answers: {}, cleared: get().cleared + 1 });
        return;
      }
      for (const key of [STORAGE_KEY, ...FOLLOWERS, ...SET_ASIDE]) {
        removeItem('device', key);
        removeItem('session', key);
      }
      set({
        answers: {},
        keep: 'session',
        problem: null,
        locale: null,
        cleared: get().cleared + 1,
      });
    },
    dismissProblem: () => {
      set({ problem: null });
    },
  };
});

/** Whether this is a séance on a shared computer: nothing is kept beyond the tab's memory. */
export function useInSession(): boolean {
  return useAnswers((s) => s.keep === 'memory');
}

/** Re-reads storage: used between tests and when another tab changed the save. */
export function reloadAnswers(): void {
  useAnswers.setState(load());
}
