import type { ContentKind } from '../../engine/index.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';

/** Filters of the chronology: empty string means "all". */
export interface Filters {
  readonly platform: string;
  readonly kind: ContentKind | '';
  readonly author: string;
}

export const NO_FILTERS: Filters = { platform: '', kind: '', author: '' };

/** The author as a comparable key: handles differ in case and stray spaces, not in meaning. */
export const authorKey = (author: string): string => author.trim().toLowerCase();

export function applyFilters(entries: readonly JournalEntry[], filters: Filters): JournalEntry[] {
  return entries.filter(
    (e) =>
      (filters.platform === '' || e.platform === filters.platform) &&
      (filters.kind === '' || e.kinds.includes(filters.kind)) &&
      (filters.author === '' || authorKey(e.author) === filters.author),
  );
}

/** Distinct authors (by key), with the spelling first seen, sorted. */
export function authorsOf(entries: readonly JournalEntry[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = authorKey(e.author);
    if (key !== '' && !seen.has(key)) seen.set(key, e.author.trim());
  }
  return [...seen]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** What matters legally at a glance: how many acts, how many accounts, over which period. */
export function countsOf(entries: readonly JournalEntry[]): {
  acts: number;
  accounts: number;
  from: string | null;
  to: string | null;
} {
  const dates = entries.map((e) => e.occurredAt.slice(0, 10)).sort();
  return {
    acts: entries.length,
    accounts: authorsOf(entries).length,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}

/** Escapes text for HTML: every user string goes through here before it reaches a document. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
