import type { EntryVersion, JournalEntry, VersionedField } from '../../lib/journal/model.ts';
import { VERSIONED_FIELDS } from '../../lib/journal/model.ts';

/**
 * An entry's history as a reader follows it (issue 14), without a DOM: each edit, when it was
 * made and which fields it changed, with the values they had before. Versions store the values
 * an edit replaced, dated by when those values had been saved; an edit's own date is the next
 * version's `savedAt`, or the entry's `updatedAt` for the last one.
 */
export interface Change {
  /** When the edit was saved (ISO instant). */
  readonly at: string;
  /** The fields it changed, in `VERSIONED_FIELDS` order. */
  readonly fields: readonly VersionedField[];
  /** Their values before the edit. */
  readonly before: EntryVersion['previous'];
}

/** The edits of an entry, oldest first; none for an entry never changed. */
export function changesOf(entry: Pick<JournalEntry, 'versions' | 'updatedAt'>): Change[] {
  return entry.versions.map((version, index) => ({
    at: entry.versions[index + 1]?.savedAt ?? entry.updatedAt,
    fields: VERSIONED_FIELDS.filter((field) => field in version.previous),
    before: version.previous,
  }));
}

/** The date of the last edit, or null for an entry never changed. */
export function lastChange(entry: Pick<JournalEntry, 'versions' | 'updatedAt'>): string | null {
  return entry.versions.length === 0 ? null : entry.updatedAt;
}

/** How the reader's words say a field's earlier value. */
export interface ValueWords {
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  readonly day: (occurredAt: string) => string;
  readonly platform: (id: string) => string;
  readonly kind: (kind: JournalEntry['kinds'][number]) => string;
  readonly check: (check: JournalEntry['checks'][number]) => string;
}

/** A field's earlier value as text: files by name and SHA-256, ids by their words. */
export function valueText(
  field: VersionedField,
  before: EntryVersion['previous'],
  w: ValueWords,
): string {
  const text = (() => {
    switch (field) {
      case 'occurredAt':
        return w.day(before.occurredAt ?? '');
      case 'approximate':
        return before.approximate === true ? w.yes : w.no;
      case 'platform':
        return w.platform(before.platform ?? '');
      case 'kinds':
        return (before.kinds ?? []).map(w.kind).join(', ');
      case 'checks':
        return (before.checks ?? []).map(w.check).join(' ');
      case 'attachments':
        return (before.attachments ?? []).map((a) => `${a.name} (SHA-256 ${a.sha256})`).join(', ');
      default:
        return before[field] ?? '';
    }
  })();
  return text === '' ? w.empty : text;
}
