import { journalText as t } from '../../content/fr/journal.ts';
import type { JournalRepo } from '../../lib/journal/db.ts';
import type { ExportSink } from '../../lib/journal/zip-export.ts';
import { downloadName, exportJournal } from '../../lib/journal/zip-export.ts';
import { chronologyHtml } from './chronology-html.ts';

export const APP_VERSION = '0.1.0';

/** The folder of the origin-private file system where the export being written is kept. */
const EXPORT_DIRECTORY = 'balise-export';

interface Target {
  readonly sink: ExportSink;
  readonly finish: () => Promise<Blob>;
}

/**
 * Where the archive is written. Preferably a file of the origin private file system (OPFS), written
 * as a stream: the archive then lives on disk, never whole in memory, and the download reads it
 * from there. Where OPFS cannot write, each chunk becomes its own Blob at once (the browser may page
 * large blobs to disk), so the JavaScript heap never holds the archive either.
 */
async function openTarget(name: string): Promise<Target> {
  try {
    const root = await navigator.storage.getDirectory();
    const directory = await root.getDirectoryHandle(EXPORT_DIRECTORY, { create: true });
    // One export at a time is kept: the previous one (already downloaded) goes.
    for await (const key of directory.keys()) await directory.removeEntry(key);
    const handle = await directory.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    return { sink: writable, finish: () => handle.getFile() };
  } catch {
    const parts: Blob[] = [];
    return {
      sink: (chunk) => {
        parts.push(new Blob([chunk]));
      },
      finish: () => Promise.resolve(new Blob(parts, { type: 'application/zip' })),
    };
  }
}

/** Removes the export kept on disk for the download (after the download, or on wipe). */
export async function forgetExportFile(): Promise<void> {
  try {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(EXPORT_DIRECTORY, { recursive: true });
  } catch {
    // Nothing kept, or no OPFS: nothing to forget.
  }
}

/** Exports the journal to one file, streamed (see `openTarget`). */
export async function exportToFile(
  repo: JournalRepo,
  options: { readonly passphrase?: string; readonly now?: Date } = {},
): Promise<{ blob: Blob; name: string }> {
  const now = options.now ?? new Date();
  const encrypted = options.passphrase !== undefined;
  const name = downloadName(now, encrypted);
  const target = await openTarget(name);
  await exportJournal(repo, target.sink, {
    appVersion: APP_VERSION,
    now,
    renderChronology: (entries) => chronologyHtml(entries, now),
    csvHeaders: t.export.columns,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
  });
  return { blob: await target.finish(), name };
}
