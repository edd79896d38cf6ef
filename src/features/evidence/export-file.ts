import { journalText as t } from '../../content/fr/journal.ts';
import type { JournalRepo } from '../../lib/journal/db.ts';
import { downloadName, exportJournal } from '../../lib/journal/zip-export.ts';
import { chronologyHtml } from './chronology-html.ts';

export const APP_VERSION = '0.1.0';

/**
 * Exports the journal to one file. Each chunk the ZIP writer emits becomes its own Blob at once,
 * so the browser can keep it outside the JavaScript heap (on disk for large data) and the heap
 * never holds the whole archive — nor the archive twice.
 */
export async function exportToFile(
  repo: JournalRepo,
  options: { readonly passphrase?: string; readonly now?: Date } = {},
): Promise<{ blob: Blob; name: string }> {
  const now = options.now ?? new Date();
  const parts: Blob[] = [];
  await exportJournal(
    repo,
    (chunk) => {
      parts.push(new Blob([chunk]));
    },
    {
      appVersion: APP_VERSION,
      now,
      renderChronology: (entries) => chronologyHtml(entries, now),
      csvHeaders: t.export.columns,
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    },
  );
  const encrypted = options.passphrase !== undefined;
  return {
    blob: new Blob(parts, { type: encrypted ? 'application/octet-stream' : 'application/zip' }),
    name: downloadName(now, encrypted),
  };
}
