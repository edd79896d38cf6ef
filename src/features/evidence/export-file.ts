import { journalText as t } from '../../content/fr/journal.ts';
import { verifierWords } from '../../content/fr/verifier.ts';
import type { JournalRepo } from '../../lib/journal/db.ts';
import type { ExportSink } from '../../lib/journal/zip-export.ts';
import { EXPORT_DIRECTORY } from '../../lib/journal/export-disk.ts';
import { verifierPage } from '../../lib/journal/verifier-page.ts';
import { downloadName, exportJournal } from '../../lib/journal/zip-export.ts';
import { chronologyParts } from './chronology-html.ts';

export const APP_VERSION = '0.1.0';

interface Target {
  readonly sink: ExportSink;
  readonly finish: () => Promise<Blob>;
}

/** Chunks kept as separate Blobs: the browser may page large ones to its own temporary store. */
function blobTarget(): Target {
  const parts: Blob[] = [];
  return {
    sink: (chunk) => {
      parts.push(new Blob([chunk]));
    },
    finish: () => Promise.resolve(new Blob(parts, { type: 'application/zip' })),
  };
}

/**
 * Where the archive is written. An encrypted export goes preferably to a file of the origin
 * private file system (OPFS), written as a stream: it then lives on disk, never whole in memory,
 * and the download reads it from there; what it leaves is unreadable without the passphrase, and
 * removed after the download, at the next start, on lock and on wipe.
 * A plaintext export never goes to OPFS (a file there would outlive a closed tab, in clear): each
 * chunk becomes its own Blob at once, so the JavaScript heap never holds the archive either.
 * Nor does the export of a journal kept in memory only (a séance, or no IndexedDB): what is not
 * kept on the device is not written to it for a download either.
 */
async function openTarget(name: string, encrypted: boolean, toDisk: boolean): Promise<Target> {
  if (!encrypted || !toDisk) return blobTarget();
  try {
    const root = await navigator.storage.getDirectory();
    const directory = await root.getDirectoryHandle(EXPORT_DIRECTORY, { create: true });
    // One export at a time is kept: the previous one (already downloaded) goes.
    for await (const key of directory.keys()) await directory.removeEntry(key);
    const handle = await directory.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    return { sink: writable, finish: () => handle.getFile() };
  } catch {
    return blobTarget();
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
  const target = await openTarget(name, encrypted, repo.persistent);
  await exportJournal(repo, target.sink, {
    appVersion: APP_VERSION,
    now,
    renderChronology: (entries) => chronologyParts(entries, now),
    csvHeaders: t.export.columns,
    verifierPage: verifierPage(verifierWords),
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
  });
  return { blob: await target.finish(), name };
}
