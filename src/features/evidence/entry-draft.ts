import type { ContentKind } from '../../engine/index.ts';
import { CONTENT_KINDS } from '../../engine/index.ts';
import type { JournalProblem } from '../../lib/journal/db.ts';
import { localDay } from '../../common/format.ts';
import type { AttachmentMeta, CaptureCheck, JournalEntry } from '../../lib/journal/model.ts';
import { CAPTURE_CHECKS, historyAfterEdit } from '../../lib/journal/model.ts';

/**
 * The entry form's model, without a DOM: what the form holds while it is typed in, what is wrong
 * with it, and the entry it becomes. The screen (entry-form-page.tsx) only shows and collects.
 */
export interface Draft extends Pick<
  JournalEntry,
  | 'approximate'
  | 'platform'
  | 'where'
  | 'url'
  | 'conversation'
  | 'author'
  | 'kinds'
  | 'description'
  | 'checks'
> {
  /** `occurredAt`, split as the form's date and time fields hold it. */
  readonly date: string;
  readonly time: string;
}

/** A new act: today in the person's own time zone, no time, the most common platform. */
export function emptyDraft(now: Date): Draft {
  return {
    date: localDay(now),
    time: '',
    approximate: false,
    platform: 'instagram',
    where: '',
    url: '',
    conversation: '',
    author: '',
    kinds: [],
    description: '',
    checks: [],
  };
}

export function draftOf(entry: JournalEntry): Draft {
  return {
    date: entry.occurredAt.slice(0, 10),
    time: entry.occurredAt.slice(11, 16),
    approximate: entry.approximate,
    platform: entry.platform,
    where: entry.where,
    url: entry.url,
    conversation: entry.conversation,
    author: entry.author,
    kinds: [...entry.kinds],
    description: entry.description,
    checks: [...entry.checks],
  };
}

/** What the form can say is wrong: its own checks, then what saving met. */
export type EntryProblem =
  | 'occurred-at'
  | 'kinds'
  | 'confirm-no-intimate-image'
  /** A chosen file can no longer be read (moved, deleted), or saving threw unexpectedly. */
  | 'save-failed'
  | Exclude<JournalProblem, 'conflict'>;

/** What must be fixed before saving, in the form's order. */
export function draftProblems(draft: Draft, mustConfirm: boolean): EntryProblem[] {
  return [
    ...(draft.date === '' ? (['occurred-at'] as const) : []),
    ...(draft.kinds.length === 0 ? (['kinds'] as const) : []),
    ...(mustConfirm ? (['confirm-no-intimate-image'] as const) : []),
  ];
}

/** Ticks or unticks `item` in `list`, keeping `order`'s order (kinds, capture checks). */
function toggled<T>(order: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  const next = on ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

/** Ticks or unticks a kind of content, keeping the engine's order. */
export const withKind = (kinds: readonly ContentKind[], kind: ContentKind, on: boolean) =>
  toggled(CONTENT_KINDS, kinds, kind, on);

/** Snapchat, or a "where" that names a story, a snap or a disappearing message. */
const EPHEMERAL_WHERE = /story|stories|snap|éphém|ephem|disappear/iu;

/** Whether the act may vanish soon (a story, a snap): the form says to capture it first. */
export function isEphemeral(draft: Pick<Draft, 'platform' | 'where'>): boolean {
  return draft.platform === 'snapchat' || EPHEMERAL_WHERE.test(draft.where);
}

/** Ticks or unticks a capture check, keeping the model's order. */
export const withCheck = (checks: readonly CaptureCheck[], check: CaptureCheck, on: boolean) =>
  toggled(CAPTURE_CHECKS, checks, check, on);

/**
 * The entry the draft becomes; text trimmed, kinds and checks in their tables' order. Editing
 * (`before`, the stored version the form started from) keeps that version's changed fields as an
 * earlier version.
 */
export function entryOf(
  draft: Draft,
  {
    id,
    capturedAt,
    now,
    attachments,
    before = null,
  }: {
    readonly id: string;
    /** When the act was first noted: kept through every edit. */
    readonly capturedAt: string;
    readonly now: string;
    readonly attachments: readonly AttachmentMeta[];
    readonly before?: JournalEntry | null;
  },
): JournalEntry {
  const fields = {
    occurredAt: draft.time === '' ? draft.date : `${draft.date}T${draft.time}`,
    approximate: draft.approximate,
    platform: draft.platform,
    where: draft.where.trim(),
    url: draft.url.trim(),
    conversation: draft.conversation.trim(),
    author: draft.author.trim(),
    kinds: CONTENT_KINDS.filter((k) => draft.kinds.includes(k)),
    description: draft.description.trim(),
    attachments: [...attachments],
    checks: CAPTURE_CHECKS.filter((c) => draft.checks.includes(c)),
  };
  return {
    id,
    capturedAt,
    updatedAt: now,
    ...fields,
    // The repository links the entry into the chain when it saves (a new record, or the same
    // one when the edit changed nothing).
    ...(before === null
      ? { versions: [], trimmed: [], link: null }
      : historyAfterEdit(before, fields)),
  };
}

/** Ids of the stored files the form no longer keeps: deleted with the save. */
export function removedFiles(
  base: readonly AttachmentMeta[],
  kept: readonly AttachmentMeta[],
): string[] {
  return base.filter((a) => !kept.some((k) => k.id === a.id)).map((a) => a.id);
}

/**
 * After another tab changed the entry: the stored version's files, minus those removed in this
 * form (the other tab's additions are kept).
 */
export function rebasedFiles(
  base: readonly AttachmentMeta[],
  kept: readonly AttachmentMeta[],
  latest: readonly AttachmentMeta[],
): AttachmentMeta[] {
  const removedHere = new Set(removedFiles(base, kept));
  return latest.filter((a) => !removedHere.has(a.id));
}

/** Files chosen in the picker: those small enough to keep, and those refused as too big. */
export function intake<F extends { readonly size: number }>(
  files: readonly F[],
  maxBytes: number,
): { readonly accepted: F[]; readonly tooBig: F[] } {
  return {
    accepted: files.filter((f) => f.size <= maxBytes),
    tooBig: files.filter((f) => f.size > maxBytes),
  };
}
