import type { ContentKind } from '../../engine/index.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import { authorKey } from '../../common/journal-counts.ts';

/** Filters of the chronology: empty string means "all". */
export interface Filters {
  readonly platform: string;
  readonly kind: ContentKind | '';
  readonly author: string;
}

export const NO_FILTERS: Filters = { platform: '', kind: '', author: '' };

export function applyFilters(entries: readonly JournalEntry[], filters: Filters): JournalEntry[] {
  return entries.filter(
    (e) =>
      (filters.platform === '' || e.platform === filters.platform) &&
      (filters.kind === '' || e.kinds.includes(filters.kind)) &&
      (filters.author === '' || authorKey(e.author) === filters.author),
  );
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
