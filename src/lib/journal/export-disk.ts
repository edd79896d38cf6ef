/**
 * The origin-private file system (OPFS) folder where an encrypted export is written as a stream
 * before its download. A plaintext export is never written there (see
 * `src/features/evidence/export-file.ts`); the folder is still emptied at every start, on lock and
 * on wipe, so that nothing from an export outlives the moment it was handed to the browser.
 */
export const EXPORT_DIRECTORY = 'balise-export';

/** Removes what an export left in the origin-private file system, if anything. */
export async function forgetExportFile(): Promise<void> {
  try {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(EXPORT_DIRECTORY, { recursive: true });
  } catch {
    // Nothing kept, or no OPFS in this browser: nothing to forget.
  }
}
