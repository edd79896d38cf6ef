import type { JournalEntry } from '../lib/journal/model.ts';

/** What the journal says at a glance, shared by the journal's screens and the documents. */

/** The author as a comparable key: handles differ in case and stray spaces, not in meaning. */
export const authorKey = (author: string): string => author.trim().toLowerCase();

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
  // One pass, no sort: the screen counts again at every change of a filter.
  const accounts = new Set<string>();
  let from: string | null = null;
  let to: string | null = null;
  for (const e of entries) {
    const key = authorKey(e.author);
    if (key !== '') accounts.add(key);
    const day = e.occurredAt.slice(0, 10);
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return { acts: entries.length, accounts: accounts.size, from, to };
}
