import { create } from 'zustand';
import type { AnswerOutcome, ReportKind } from '../engine/index.ts';
import { ANSWER_OUTCOMES, REPORT_KINDS } from '../engine/index.ts';
import { isLocalDay, isUuid } from '../lib/journal/model.ts';
import type { StorageFailure } from '../lib/storage.ts';
import { readItem, removeItem, writeItem } from '../lib/storage.ts';
import { TRACKER_SET_ASIDE_KEY, TRACKER_STORAGE_KEY, useAnswers } from './answers.ts';

/**
 * The reports the person made (issue 14): to a platform, PHAROS, the police (a complaint), a
 * site (an erasure request), the school; when each was sent, its reference, and the answer when
 * one came. The plan derives where each stands (`followUpOf` in the engine). Kept where the
 * answers are, by the same rules as the documents' details (src/stores/documents.ts): this tab,
 * the device when chosen, memory only during a séance; moved and erased with the answers.
 * Persistence is explicit and versioned: `{ version: 1, reports }`.
 */

export const SAVE_VERSION = 1;
/** Reports kept: far more than anyone sends, bounded so that storage stays small. */
export const MAX_REPORTS = 200;
/** Longest reference or recipient kept. */
export const MAX_SHORT_TEXT = 200;
/** Longest answer's reasons kept. */
export const MAX_REASONS = 2_000;

export interface TrackedReport {
  /** `crypto.randomUUID()`. */
  readonly id: string;
  readonly kind: ReportKind;
  /** The day it was sent (`YYYY-MM-DD`). */
  readonly sentOn: string;
  /** To whom, as the person says it (the platform, the police station, the site); may be `''`. */
  readonly to: string;
  /** The reference or ticket number given; may be `''`. */
  readonly reference: string;
  /** The answer, once one came. */
  readonly answer: {
    readonly on: string;
    readonly outcome: AnswerOutcome;
    /** Its reasons, as given; may be `''`. */
    readonly reasons: string;
  } | null;
}

/** What an action reports: done, or why the reports could not be kept (they stay on screen). */
export type TrackerOutcome =
  { readonly ok: true } | { readonly ok: false; readonly problem: StorageFailure };

interface TrackerState {
  /** Oldest sent first. */
  readonly reports: readonly TrackedReport[];
  /** Why the saved reports could not be read (set aside) or kept, or null. */
  readonly problem: StorageFailure | 'unreadable' | null;
  /** Adds a report, or replaces the one with the same id. */
  save: (report: TrackedReport) => TrackerOutcome;
  remove: (id: string) => TrackerOutcome;
  dismissProblem: () => void;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A report read from storage, checked field by field; null when anything is wrong. */
export function parseReport(input: unknown): TrackedReport | null {
  if (!isRecord(input)) return null;
  const { id, kind, sentOn, to, reference, answer } = input;
  if (!isUuid(id) || !(REPORT_KINDS as readonly unknown[]).includes(kind) || !isLocalDay(sentOn)) {
    return null;
  }
  if (!isText(to, MAX_SHORT_TEXT) || !isText(reference, MAX_SHORT_TEXT)) return null;
  if (answer === null) return { id, kind: kind as ReportKind, sentOn, to, reference, answer };
  if (!isRecord(answer)) return null;
  const { on, outcome, reasons } = answer;
  if (!isLocalDay(on) || !(ANSWER_OUTCOMES as readonly unknown[]).includes(outcome)) return null;
  if (!isText(reasons, MAX_REASONS)) return null;
  return {
    id,
    kind: kind as ReportKind,
    sentOn,
    to,
    reference,
    answer: { on, outcome: outcome as AnswerOutcome, reasons },
  };
}

/** Reads a save: `{ version: 1, reports }`; null when it cannot be read whole. Exported for tests. */
export function readSave(raw: string): TrackedReport[] | null {
  let save: unknown;
  try {
    save = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(save) || save['version'] !== SAVE_VERSION) return null;
  const list = save['reports'];
  if (!Array.isArray(list) || list.length > MAX_REPORTS) return null;
  const reports = list.map(parseReport);
  if (reports.some((report) => report === null)) return null;
  const valid = reports as TrackedReport[];
  return new Set(valid.map((r) => r.id)).size === valid.length ? sorted(valid) : null;
}

const sorted = (reports: readonly TrackedReport[]): TrackedReport[] =>
  [...reports].sort((a, b) => a.sentOn.localeCompare(b.sentOn) || a.id.localeCompare(b.id));

function load(): Pick<TrackerState, 'reports' | 'problem'> {
  const { keep } = useAnswers.getState();
  if (keep === 'memory') return { reports: [], problem: null };
  const read = readItem(keep, TRACKER_STORAGE_KEY);
  if (!read.ok) return { reports: [], problem: read.failure };
  if (read.value === null) return { reports: [], problem: null };
  const reports = readSave(read.value);
  if (reports) return { reports, problem: null };
  // Set aside, like the answers' and the documents' details, before anything could replace it.
  writeItem(keep, TRACKER_SET_ASIDE_KEY, read.value);
  removeItem(keep, TRACKER_STORAGE_KEY);
  return { reports: [], problem: 'unreadable' };
}

function persist(reports: readonly TrackedReport[]): TrackerOutcome {
  const { keep } = useAnswers.getState();
  if (keep === 'memory') return { ok: true };
  const result = writeItem(
    keep,
    TRACKER_STORAGE_KEY,
    JSON.stringify({ version: SAVE_VERSION, reports }),
  );
  return result.ok ? { ok: true } : { ok: false, problem: result.failure };
}

export const useTracker = create<TrackerState>()((set, get) => {
  /** Keeps the new list on screen whatever happens; says whether storage took it. */
  const commit = (reports: TrackedReport[]): TrackerOutcome => {
    const outcome = persist(reports);
    set({ reports, problem: outcome.ok ? null : outcome.problem });
    return outcome;
  };
  return {
    ...load(),
    save: (report) => commit(sorted([...get().reports.filter((r) => r.id !== report.id), report])),
    remove: (id) => commit(get().reports.filter((r) => r.id !== id)),
    dismissProblem: () => {
      set({ problem: null });
    },
  };
});

// Follow the answers: forgotten with them, and kept where they are kept.
useAnswers.subscribe((state, previous) => {
  if (state.cleared !== previous.cleared) {
    useTracker.setState({ reports: [], problem: null });
  } else if (state.keep !== previous.keep) {
    const outcome = persist(useTracker.getState().reports);
    useTracker.setState({ problem: outcome.ok ? null : outcome.problem });
  }
});

/** Re-reads storage: used between tests. */
export function reloadTracker(): void {
  useTracker.setState(load());
}
