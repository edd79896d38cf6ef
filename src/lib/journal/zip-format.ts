import type { ChainState } from './chain-kit.ts';
import type { AttachmentMeta, JournalEntry } from './model.ts';

/**
 * Names inside a journal archive, shared by the export and the import.
 */

/** The manifest's name; its presence marks a journal export. */
export const MANIFEST_PATH = 'manifest.json';
/** The printable chronology (HTML rendered by the UI). */
export const CHRONOLOGY_HTML_PATH = 'chronologie.html';
/** The chronology as a spreadsheet. */
export const CHRONOLOGY_CSV_PATH = 'chronologie.csv';
/** The page that checks an export offline, without Balise (verifier-page.ts). */
export const VERIFIER_PATH = 'verifier.html';
/** Folder of the attachments: `fichiers/<entryId>/<attachmentId>-<safe-name>`. */
export const FILES_FOLDER = 'fichiers';
/** The manifest's `format`. */
export const ARCHIVE_FORMAT = 'balise-journal';

const MAX_NAME = 80;

/**
 * A file name safe on every system: letters and digits of any script, space, `. _ - ( )`; other
 * characters become `_`; no leading or trailing dot or space; at most 80 characters, keeping
 * the extension. Never empty.
 */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^[. ]+|[. ]+$/g, '');
  if (safe.length > MAX_NAME) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_NAME - extension.length).replace(/[. ]+$/, '') + extension;
  }
  return safe || 'fichier';
}

/** Where an attachment goes in the archive. */
export const attachmentPath = (entryId: string, meta: AttachmentMeta): string =>
  `${FILES_FOLDER}/${entryId}/${meta.id}-${safeFileName(meta.name)}`;

/**
 * True for a relative path that stays inside the folder it is extracted to: no leading `/`, no
 * drive letter, no `..` or `.` segment, no empty segment (except a directory's trailing `/`),
 * no backslash, no NUL or control character, at most 1,024 characters.
 */
export function isSafePath(path: string): boolean {
  if (path.length === 0 || path.length > 1024) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return false;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  const parts = path.split('/');
  return parts.every(
    (part, index) =>
      part !== '.' && part !== '..' && (part !== '' || (index > 0 && index === parts.length - 1)),
  );
}

let table: Uint32Array | null = null;

/** CRC-32 (ZIP's checksum), to check the manifest as it is read. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~previous >>> 0;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** An attachment as the manifest lists it: its metadata and where its bytes are. */
export interface ManifestAttachment extends AttachmentMeta {
  readonly path: string;
}

/** An entry as the manifest lists it. */
export interface ManifestEntry extends Omit<JournalEntry, 'attachments'> {
  readonly attachments: readonly ManifestAttachment[];
}

/** `manifest.json`: what the archive holds, with every attachment's SHA-256. */
export interface Manifest {
  readonly format: typeof ARCHIVE_FORMAT;
  /** `JOURNAL_SCHEMA` of the app that wrote it. */
  readonly schema: number;
  readonly appVersion: string;
  /** ISO instant. */
  readonly exportedAt: string;
  readonly entries: readonly ManifestEntry[];
  /** The journal's hash chain (absent from exports made before it): checked by the verifier. */
  readonly chain?: ChainState;
}
