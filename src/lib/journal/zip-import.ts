import type { AttachmentPolicy, ContentKind } from '../../engine/index.ts';
import { attachmentPolicy } from '../../engine/index.ts';
import { decryptArchive, isEncryptedArchive } from './archive-crypto.ts';
import { ImportError } from './archive-error.ts';
import { readRange } from './blob-chunks.ts';
import type { JournalRepo, SaveItem } from './db.ts';
import { JournalError } from './db.ts';
import { hashBlob } from './hash.ts';
import type { AttachmentMeta, JournalEntry } from './model.ts';
import { InvalidEntryError, JOURNAL_SCHEMA, LIMITS, isInstant, parseEntry } from './model.ts';
import {
  ARCHIVE_FORMAT,
  CHRONOLOGY_CSV_PATH,
  CHRONOLOGY_HTML_PATH,
  VERIFIER_PATH,
  MANIFEST_PATH,
  isSafePath,
} from './zip-format.ts';
import type { ZipItem } from './zip-reader.ts';
import { itemBlob, itemBytes, readDirectory } from './zip-reader.ts';

/** Why an archive is refused (defined in `archive-error.ts`, shared with the reader). */
export { ImportError } from './archive-error.ts';
/** The ids of `ImportError#problem`. */
export type { ImportProblem } from './archive-error.ts';

/**
 * Import of an export (`.zip` or encrypted `.zip.enc`). Everything is checked before anything
 * is written: the archive's structure and names (`zip-reader.ts`), the manifest, every
 * attachment's size and SHA-256, and the entries already here. Only then are the new entries
 * written, in batches of whole entries (each batch one transaction, so that an encrypted
 * journal never holds a whole archive's ciphertext in memory). All or nothing: when a batch
 * fails (a full disk after 200 of 450 acts), the batches already written are removed again
 * (`removeMany`, one transaction), so a failed import leaves the journal as it was; only if
 * that removal fails too, or the tab closes midway, do some acts stay (`partly-written`). An
 * entry already here (same id, same attachments) is skipped, never duplicated, so importing
 * the same archive twice adds nothing, and an import cut short can simply be redone.
 *
 * Descriptions are kept as the text they are: `<script>` in a description is data, and stays
 * inert as long as the UI renders it as text (React does). Attachments are data too: the UI never
 * opens one as a page (src/features/evidence/attachments.ts).
 *
 * The journal's rule on files (the engine's `attachmentPolicy`) holds for imports as for the
 * form: files of an act whose kind forbids copying (child sexual content, intimate images of a
 * possible minor) are left out, never read, while the act itself is imported; files of a
 * sextortion act are taken only once the person has confirmed they show no intimate image.
 */

/** Options of `importJournal`. */
export interface ImportOptions {
  /** The passphrase of an encrypted export. */
  readonly passphrase?: string;
  /**
   * The journal's rule on files for an act of these kinds, for the person using Balise. By
   * default the rule for someone whose age is not known (the protective one).
   */
  readonly policy?: (kinds: readonly ContentKind[]) => AttachmentPolicy;
  /** The person confirmed that the files of sextortion acts show no intimate image. */
  readonly confirmedNoIntimateImage?: boolean;
}

/** What the import did. */
export interface ImportSummary {
  /** Entries written. */
  readonly added: number;
  /** Entries already in the journal, left as they were. */
  readonly skipped: number;
  /** Files left out because their act's kind forbids copying them (the acts are imported). */
  readonly droppedFiles: number;
}

const BATCH_ENTRIES = 200;
const BATCH_BYTES = 64 * 1024 * 1024;
// `chain`: the exporting journal's hash chain, for `verifier.html`; an import links the entries
// into this journal's own chain, as records made at the import.
const MANIFEST_FIELDS = ['format', 'schema', 'appVersion', 'exportedAt', 'entries', 'chain'];
const RESERVED = [MANIFEST_PATH, CHRONOLOGY_HTML_PATH, CHRONOLOGY_CSV_PATH, VERIFIER_PATH];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ParsedManifest {
  readonly entries: readonly JournalEntry[];
  /** Archive path of each attachment, by attachment id. */
  readonly paths: ReadonlyMap<string, string>;
}

/** The ZIP inside: the file itself, or what an encrypted export decrypts to. */
async function openArchive(file: Blob, passphrase: string | undefined): Promise<Blob> {
  if (!isEncryptedArchive(await readRange(file, 0, 16))) return file;
  if (passphrase === undefined || passphrase === '') {
    throw new ImportError('encrypted-needs-passphrase');
  }
  return decryptArchive(file, passphrase);
}

function parseManifestEntry(
  raw: unknown,
  index: number,
  paths: Map<string, string>,
  seenPaths: Set<string>,
): JournalEntry {
  const attachments: unknown = isRecord(raw) ? raw['attachments'] : undefined;
  if (!isRecord(raw) || !Array.isArray(attachments)) {
    throw new ImportError('invalid-manifest', `entries.${index}`);
  }
  const metas: unknown[] = [];
  const pathOf = new Map<unknown, string>();
  for (const attachment of attachments as unknown[]) {
    if (!isRecord(attachment) || typeof attachment['path'] !== 'string') {
      throw new ImportError('invalid-manifest', `entries.${index}.attachments`);
    }
    const { path: rawPath, ...meta } = attachment;
    const path = rawPath;
    if (!isSafePath(path)) throw new ImportError('unsafe-path', path);
    if (RESERVED.includes(path) || path.endsWith('/')) {
      throw new ImportError('invalid-manifest', path);
    }
    if (seenPaths.has(path)) throw new ImportError('duplicate', path);
    seenPaths.add(path);
    metas.push(meta);
    pathOf.set(meta['id'], path);
  }
  let entry: JournalEntry;
  try {
    entry = parseEntry({ ...raw, attachments: metas });
  } catch (error) {
    if (!(error instanceof InvalidEntryError)) throw error;
    throw new ImportError('invalid-manifest', `entries.${index}: ${error.fields.join(',')}`, error);
  }
  for (const meta of entry.attachments) {
    if (paths.has(meta.id)) throw new ImportError('duplicate', meta.id);
    paths.set(meta.id, pathOf.get(meta.id) as string);
  }
  return entry;
}

/** Checks the manifest: format, schema, then every entry. */
function parseManifest(bytes: Uint8Array): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ImportError('invalid-manifest', MANIFEST_PATH, error);
  }
  if (!isRecord(data) || data['format'] !== ARCHIVE_FORMAT) throw new ImportError('foreign');
  const { schema, appVersion, exportedAt, entries } = data;
  if (typeof schema !== 'number' || !Number.isSafeInteger(schema) || schema < 1) {
    throw new ImportError('invalid-manifest', 'schema');
  }
  if (schema > JOURNAL_SCHEMA) throw new ImportError('newer-schema', String(schema));
  const unknown = Object.keys(data).filter((key) => !MANIFEST_FIELDS.includes(key));
  if (unknown.length > 0) throw new ImportError('invalid-manifest', unknown.join(','));
  if (typeof appVersion !== 'string' || appVersion.length > 100) {
    throw new ImportError('invalid-manifest', 'appVersion');
  }
  if (!isInstant(exportedAt)) throw new ImportError('invalid-manifest', 'exportedAt');
  if (!Array.isArray(entries)) throw new ImportError('invalid-manifest', 'entries');
  if (entries.length > LIMITS.maxEntries) throw new ImportError('too-big', 'entries');
  const paths = new Map<string, string>();
  const seenPaths = new Set<string>();
  const ids = new Set<string>();
  const parsed = (entries as unknown[]).map((raw, index) => {
    const entry = parseManifestEntry(raw, index, paths, seenPaths);
    if (ids.has(entry.id)) throw new ImportError('duplicate', entry.id);
    ids.add(entry.id);
    return entry;
  });
  return { entries: parsed, paths };
}

/** True when the journal's entry already holds every attachment the archive's one has. */
const covers = (local: JournalEntry, archived: JournalEntry): boolean =>
  archived.attachments.every((meta) =>
    local.attachments.some((mine) => mine.id === meta.id && mine.sha256 === meta.sha256),
  );

/**
 * Writes whole entries, a batch per transaction; on a failure, removes what it wrote.
 * @throws ImportError `journal-full`, `write-failed` (rolled back) or `partly-written`.
 */
async function write(
  repo: JournalRepo,
  entries: readonly JournalEntry[],
  blobs: ReadonlyMap<string, Blob>,
): Promise<void> {
  // The other journal's links say nothing of this one: these entries join its chain now.
  entries = entries.map((entry) => ({
    ...entry,
    link: null,
    trimmed: [],
    versions: entry.versions.map((version) => ({ ...version, link: null })),
  }));
  let batch: SaveItem[] = [];
  let bytes = 0;
  const written: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await repo.saveMany(batch);
    } catch (error) {
      try {
        // The entries written were new (checked above): removing them restores the journal.
        if (written.length > 0) await repo.removeMany(written);
        // Removed records, and even a refused batch's (measured in Chromium: its text was in the
        // LevelDB log), stay readable in the browser's files until it compacts them: rewrite the
        // journal into a fresh place where the browser allows it.
        await repo.compact().catch(() => false);
      } catch (rollback) {
        throw new ImportError('partly-written', String(written.length), rollback);
      }
      const full = error instanceof JournalError && error.problem === 'full';
      throw new ImportError(full ? 'journal-full' : 'write-failed', null, error);
    }
    written.push(...batch.map((item) => item.entry.id));
    batch = [];
    bytes = 0;
  };
  for (const entry of entries) {
    const size = entry.attachments.reduce((sum, meta) => sum + meta.size, 0);
    if (batch.length >= BATCH_ENTRIES || (batch.length > 0 && bytes + size > BATCH_BYTES)) {
      await flush();
    }
    const added = entry.attachments.map((meta: AttachmentMeta) => ({
      meta,
      data: blobs.get(meta.id) as Blob,
    }));
    batch.push({ entry, added, removed: [] });
    bytes += size;
  }
  await flush();
}

/**
 * Imports an export into the journal.
 * @throws ImportError for any archive it refuses (nothing is written then), or when writing
 *   fails (`journal-full`, `write-failed`: rolled back; `partly-written`: not); JournalError
 *   when the journal cannot be read before writing (`locked`…).
 */
export async function importJournal(
  file: Blob,
  repo: JournalRepo,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const policy = options.policy ?? ((kinds) => attachmentPolicy({}, kinds));
  const zip = await openArchive(file, options.passphrase);
  const items = await readDirectory(zip);
  const manifestItem = items.get(MANIFEST_PATH);
  if (!manifestItem) throw new ImportError('foreign');
  const parsed = parseManifest(await itemBytes(zip, manifestItem, LIMITS.maxManifestBytes));
  const { paths } = parsed;

  // The rule on files: a forbidden act comes without its files, which are never read.
  let droppedFiles = 0;
  let needsConfirmation = false;
  const entries: JournalEntry[] = [];
  for (const entry of parsed.entries) {
    const rule = entry.attachments.length === 0 ? 'accept' : policy(entry.kinds);
    if (rule === 'refuse') droppedFiles += entry.attachments.length;
    if (rule === 'confirm-no-intimate-image' && options.confirmedNoIntimateImage !== true) {
      needsConfirmation = true;
    }
    entries.push(rule === 'refuse' ? { ...entry, attachments: [] } : entry);
  }

  // Every attachment is in the archive, with the size the manifest says.
  const itemOf = new Map<string, ZipItem>();
  for (const entry of entries) {
    for (const meta of entry.attachments) {
      const path = paths.get(meta.id) as string;
      const item = items.get(path);
      if (!item) throw new ImportError('missing-file', path);
      if (item.size !== meta.size) throw new ImportError('hash-mismatch', path);
      itemOf.set(meta.id, item);
    }
  }
  // Asked before the long part (reading and hashing every file), which the retry redoes.
  if (needsConfirmation) throw new ImportError('needs-confirmation');

  // Against the journal: skip what is already here; a conflicting copy is refused, but only once
  // the files are known to be intact, so that a tampered archive is called tampered.
  const existing = await repo.list();
  const local = new Map(existing.map((entry) => [entry.id, entry]));
  const localFiles = new Set(existing.flatMap((entry) => entry.attachments.map((m) => m.id)));
  const fresh: JournalEntry[] = [];
  let conflict: string | null = null;
  let skipped = 0;
  for (const entry of entries) {
    const mine = local.get(entry.id);
    if (mine) {
      if (covers(mine, entry)) skipped += 1;
      else conflict ??= entry.id;
      continue;
    }
    const taken = entry.attachments.find((meta) => localFiles.has(meta.id));
    if (taken) conflict ??= taken.id;
    else fresh.push(entry);
  }
  if (existing.length + fresh.length > LIMITS.maxEntries) throw new ImportError('too-big');

  // Every attachment's bytes match the manifest's SHA-256 (skipped entries' too: a tampered
  // archive is refused as a whole).
  const blobs = new Map<string, Blob>();
  const adding = new Set(fresh.map((entry) => entry.id));
  for (const entry of entries) {
    for (const meta of entry.attachments) {
      const blob = await itemBlob(zip, itemOf.get(meta.id) as ZipItem, LIMITS.maxAttachmentBytes);
      if ((await hashBlob(blob)) !== meta.sha256) {
        throw new ImportError('hash-mismatch', paths.get(meta.id) ?? meta.id);
      }
      if (adding.has(entry.id)) blobs.set(meta.id, blob.slice(0, blob.size, meta.type));
    }
  }
  if (conflict !== null) throw new ImportError('conflict', conflict);

  await write(repo, fresh, blobs);
  return { added: fresh.length, skipped, droppedFiles };
}
