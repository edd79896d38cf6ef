/**
 * Why an archive was refused. Every id names something the UI explains; none is a sentence.
 *
 * - `not-a-zip`: neither a ZIP nor an encrypted journal (random bytes, another format).
 * - `encrypted-needs-passphrase`: an encrypted export, opened without a passphrase.
 * - `wrong-passphrase`: the passphrase does not open the encrypted export.
 * - `truncated`: the file stops early (an interrupted download or copy).
 * - `corrupt`: the file is complete but damaged inside (bad compressed data, a checksum or an
 *   encrypted chunk that does not verify, inconsistent ZIP records).
 * - `foreign`: a ZIP, but not a journal export (no manifest, another format, ZIP encryption…).
 * - `newer-schema`: made by a newer version of Balise; update the app first.
 * - `invalid-manifest`: the manifest is not valid JSON or an entry in it is malformed.
 * - `unsafe-path`: a file name that could escape a folder (absolute, `..`, backslash, drive
 *   letter, NUL or control characters).
 * - `too-big`: over a limit: one file, the total, the number of files or entries, or a
 *   compression ratio typical of a zip bomb (checked while inflating, stopping early).
 * - `hash-mismatch`: an attachment's SHA-256 (or size) differs from the manifest's.
 * - `missing-file`: the manifest lists an attachment the archive does not contain.
 * - `duplicate`: the same file name twice, or the same id twice, inside the archive.
 * - `conflict`: an entry (or a file id) that already exists here with other attachments
 *   (nothing is overwritten).
 * - `needs-confirmation`: files of a sextortion act, imported before the person confirmed they
 *   show no intimate image (the engine's `attachmentPolicy`).
 * - `journal-full`: the device ran out of space while writing; what was written was removed
 *   again, so the journal is as before.
 * - `write-failed`: writing failed for another reason; rolled back the same way.
 * - `partly-written`: writing failed AND removing what was written failed: some acts of the
 *   archive stay (redoing the import adds only the missing ones).
 */
export type ImportProblem =
  | 'not-a-zip'
  | 'encrypted-needs-passphrase'
  | 'wrong-passphrase'
  | 'truncated'
  | 'corrupt'
  | 'foreign'
  | 'newer-schema'
  | 'invalid-manifest'
  | 'unsafe-path'
  | 'too-big'
  | 'hash-mismatch'
  | 'missing-file'
  | 'duplicate'
  | 'conflict'
  | 'needs-confirmation'
  | 'journal-full'
  | 'write-failed'
  | 'partly-written';

/** An archive was refused, or its writing failed (see `partly-written`, the only partial case). */
export class ImportError extends Error {
  /** Why. */
  readonly problem: ImportProblem;
  /** The archive path, entry id or attachment id concerned, when there is one. */
  readonly detail: string | null;

  /**
   * @param problem why the archive was refused.
   * @param detail the path or id concerned (kept out of any message shown as is).
   */
  constructor(problem: ImportProblem, detail: string | null = null, cause?: unknown) {
    super(`Import refused: ${problem}${detail === null ? '' : ` (${detail})`}`, { cause });
    this.name = 'ImportError';
    this.problem = problem;
    this.detail = detail;
  }
}
