import { Zip, ZipPassThrough } from 'fflate';
import type { ChainState } from './chain-kit.ts';
import { ArchiveEncryptor, DEFAULT_CHUNK_BYTES } from './archive-crypto.ts';
import { blobChunks } from './blob-chunks.ts';
import { DEFAULT_ITERATIONS } from './crypto.ts';
import type { CsvOptions } from './csv.ts';
import { journalCsvParts } from './csv.ts';
import type { JournalRepo } from './db.ts';
import type { AttachmentMeta, JournalEntry } from './model.ts';
import { JOURNAL_SCHEMA, LIMITS } from './model.ts';
import { gather, nextTask } from './slices.ts';
import type { Manifest } from './zip-format.ts';
import {
  ARCHIVE_FORMAT,
  CHRONOLOGY_CSV_PATH,
  CHRONOLOGY_HTML_PATH,
  MANIFEST_PATH,
  VERIFIER_PATH,
  attachmentPath,
} from './zip-format.ts';

/**
 * Export of the journal as a ZIP, streamed: `manifest.json` (entries, hashes, app version,
 * export time), `chronologie.html` (rendered and escaped by the UI), `chronologie.csv`, then
 * every attachment under `fichiers/<entryId>/<attachmentId>-<safe-name>`.
 *
 * Every file is stored, not compressed (`ZipPassThrough`): attachments are mostly compressed media
 * already, and a stored text has no bits a verifier could not see (a deflate stream can carry bits
 * that change no output, so a changed byte there would go unreported by `verifier.html`). Files
 * are streamed from `blob.stream()` chunk by chunk, each file
 * finished before the next starts so fflate never buffers one behind another. Every chunk is
 * handed to the sink before the next is read, and a WritableStream's backpressure is awaited, so
 * the archive is never held whole: besides the entries' text (manifest, HTML, CSV), memory holds
 * about one chunk of a file at a time (plus one encryption chunk, 1 MiB, when encrypted).
 *
 * With a passphrase, the ZIP is wrapped in the encrypted container of `archive-crypto.ts`.
 */

/** Where the archive goes: a WritableStream (a file handle, a Service Worker download…) or a
 * callback, told which chunk is the last one. */
export type ExportSink =
  WritableStream<Uint8Array> | ((chunk: Uint8Array<ArrayBuffer>, final: boolean) => void);

/** What `renderChronology` may use besides the entries. */
export interface ChronologyContext {
  /** The archive path of an attachment, for links in the HTML. */
  readonly attachmentPath: (entry: JournalEntry, attachment: AttachmentMeta) => string;
  /** ISO instant written in the manifest. */
  readonly exportedAt: string;
}

/** Options of `exportJournal`. */
export interface ExportOptions {
  /** The app's version, written in the manifest. */
  readonly appVersion: string;
  /** Encrypts the whole archive with this passphrase (`.zip.enc`). */
  readonly passphrase?: string;
  /** PBKDF2 rounds for the passphrase; `DEFAULT_ITERATIONS` by default (tests pass fewer). */
  readonly iterations?: number;
  /** Export time; now by default. */
  readonly now?: Date;
  /**
   * The printable chronology, as a complete HTML document: whole, or in parts made one at a time
   * (a row per entry), so that a long journal is rendered in slices. The UI escapes every user
   * string.
   */
  readonly renderChronology: (
    entries: readonly JournalEntry[],
    context: ChronologyContext,
  ) => string | Iterable<string>;
  /** Header labels of the CSV (column ids by default). */
  readonly csvHeaders?: CsvOptions['headers'];
  /** Rewrites CSV cells (e.g. kind ids into words). */
  readonly csvCell?: CsvOptions['cell'];
  /** Plaintext bytes per encrypted chunk (1 MiB by default). */
  readonly chunkSize?: number;
  /** `verifier.html`, the page that checks the export without Balise (verifier-page.ts). */
  readonly verifierPage?: string;
}

/** What was exported. */
export interface ExportSummary {
  readonly entries: number;
  readonly files: number;
  /** Bytes written to the sink. */
  readonly bytes: number;
}

/** Why an export could not be made. (A locked or unreadable journal rejects with its `JournalError`.) */
export type ExportProblem = 'too-big';

/** The journal cannot be exported as asked. */
export class ExportError extends Error {
  /** `too-big`: the archive would pass 4 GiB, which the ZIP writer cannot address (no ZIP64). */
  readonly problem: ExportProblem;

  /** @param problem why. */
  constructor(problem: ExportProblem) {
    super(`Export impossible: ${problem}`);
    this.name = 'ExportError';
    this.problem = problem;
  }
}

interface Output {
  readonly write: (bytes: Uint8Array) => Promise<void>;
  readonly close: () => Promise<void>;
  readonly abort: (reason: unknown) => Promise<void>;
}

function outputOf(sink: ExportSink): Output {
  if (typeof sink === 'function') {
    // Hold one chunk back, so the last one can be flagged `final`.
    let held: Uint8Array<ArrayBuffer> | null = null;
    return {
      write: (bytes) => {
        if (held) sink(held, false);
        // Every chunk here is backed by a plain ArrayBuffer (fflate, Blob streams, WebCrypto).
        held = bytes as Uint8Array<ArrayBuffer>;
        return Promise.resolve();
      },
      close: () => {
        sink(held ?? new Uint8Array(0), true);
        held = null;
        return Promise.resolve();
      },
      abort: () => Promise.resolve(),
    };
  }
  const writer = sink.getWriter();
  return {
    write: async (bytes) => {
      await writer.ready;
      // Failures surface through `ready` and `close`; this catch only avoids a duplicate report.
      writer.write(bytes).catch(() => undefined);
    },
    close: () => writer.close(),
    abort: (reason) => writer.abort(reason).catch(() => undefined),
  };
}

const encoder = new TextEncoder();
/** Bytes of a file written per task. */
const FILE_PIECE = 256 * 1024;

/** A date fflate can write in a ZIP header (1980–2099), else `fallback`. */
function zipDate(iso: string, fallback: Date): Date {
  const date = new Date(iso);
  const year = date.getFullYear();
  return year >= 1980 && year <= 2099 ? date : fallback;
}

/**
 * The file name to offer for the download, in local time. Neutral, like the documents' PDFs: a
 * Downloads folder seen by someone else does not say that this is a journal of evidence.
 */
export function downloadName(now: Date, encrypted: boolean): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(now.getHours())}h${two(now.getMinutes())}`;
  return `archive-${day}-${time}.zip${encrypted ? '.enc' : ''}`;
}

/** The manifest's entry for one journal entry: the entry, each attachment with its archive path. */
const manifestEntry = (entry: JournalEntry): Manifest['entries'][number] => ({
  ...entry,
  attachments: entry.attachments.map((meta) => ({ ...meta, path: attachmentPath(entry.id, meta) })),
});

/**
 * The manifest's JSON text (`JSON.stringify(manifest, null, 1)`, the same characters) in parts
 * made one at a time: the head, then one part per entry, then the end.
 */
export function* manifestParts(
  entries: readonly JournalEntry[],
  appVersion: string,
  exportedAt: string,
  chain: ChainState,
): Generator<string, void, undefined> {
  const head: Manifest = buildManifest([], appVersion, exportedAt, chain);
  // `entries` is the manifest's last key: its empty list ends the text.
  const whole = JSON.stringify(head, null, 1);
  const empty = '[]\n}';
  if (entries.length === 0) {
    yield whole;
    return;
  }
  yield `${whole.slice(0, -empty.length)}[`;
  let separator = '\n  ';
  for (const entry of entries) {
    yield `${separator}${JSON.stringify(manifestEntry(entry), null, 1).replaceAll('\n', '\n  ')}`;
    separator = ',\n  ';
  }
  yield '\n ]\n}';
}

/** The manifest of these entries. */
export function buildManifest(
  entries: readonly JournalEntry[],
  appVersion: string,
  exportedAt: string,
  chain: ChainState,
): Manifest {
  return {
    format: ARCHIVE_FORMAT,
    schema: JOURNAL_SCHEMA,
    appVersion,
    exportedAt,
    chain,
    entries: entries.map(manifestEntry),
  };
}

/**
 * Writes the whole journal as a ZIP (or an encrypted `.zip.enc`) into `sink`, streaming.
 * On failure the WritableStream is aborted (a callback sink simply gets no `final` chunk).
 * @throws JournalError from the repository (`locked`, `corrupt`, `not-found`…), ExportError.
 */
export async function exportJournal(
  repo: JournalRepo,
  sink: ExportSink,
  options: ExportOptions,
): Promise<ExportSummary> {
  const now = options.now ?? new Date();
  const exportedAt = now.toISOString();
  const entries = await repo.list();
  const chain = await repo.chain();
  const attachments = entries.flatMap((entry) =>
    entry.attachments.map((meta) => ({ entry, meta })),
  );
  // The texts are made in slices (a journal of 1,000 acts is about 1.6 MB of text), the page
  // staying responsive meanwhile; each is held in pieces until written.
  const manifestText = await gather(manifestParts(entries, options.appVersion, exportedAt, chain));
  const chronology = options.renderChronology(entries, {
    attachmentPath: (entry, meta) => attachmentPath(entry.id, meta),
    exportedAt,
  });
  const html = await gather(typeof chronology === 'string' ? [chronology] : chronology);
  const csv = await gather(
    journalCsvParts(entries, {
      path: (entry, meta) => attachmentPath(entry.id, meta),
      ...(options.csvHeaders ? { headers: options.csvHeaders } : {}),
      ...(options.csvCell ? { cell: options.csvCell } : {}),
    }),
  );
  const length = (pieces: readonly string[]) =>
    pieces.reduce((sum, piece) => sum + piece.length, 0);
  const textBytes =
    (length(manifestText) + length(html) + length(csv) + (options.verifierPage?.length ?? 0)) * 3;
  const fileBytes = attachments.reduce((sum, { meta }) => sum + meta.size + 200, 0);
  if (textBytes + fileBytes > LIMITS.maxArchiveBytes) throw new ExportError('too-big');

  const output = outputOf(sink);
  let written = 0;
  const count = (write: (bytes: Uint8Array) => Promise<void>) => (bytes: Uint8Array) => {
    written += bytes.length;
    return write(bytes);
  };
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else queue.push(chunk);
  });
  try {
    const encryptor =
      options.passphrase === undefined
        ? null
        : await ArchiveEncryptor.start(
            options.passphrase,
            options.iterations ?? DEFAULT_ITERATIONS,
            count(output.write),
            options.chunkSize ?? DEFAULT_CHUNK_BYTES,
          );
    const write = encryptor ? (bytes: Uint8Array) => encryptor.push(bytes) : count(output.write);
    const drain = async () => {
      if (failure) throw failure;
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await write(chunk);
    };
    /** Stores a text, a piece at a time: each encoded and written in its own task. */
    const addText = async (path: string, pieces: readonly string[]) => {
      const file = new ZipPassThrough(path);
      file.mtime = now;
      zip.add(file);
      for (const [index, piece] of pieces.entries()) {
        file.push(encoder.encode(piece), index === pieces.length - 1);
        await drain();
        await nextTask();
      }
    };
    await addText(MANIFEST_PATH, manifestText);
    await addText(CHRONOLOGY_HTML_PATH, html);
    await addText(CHRONOLOGY_CSV_PATH, csv);
    if (options.verifierPage !== undefined) await addText(VERIFIER_PATH, [options.verifierPage]);
    for (const { entry, meta } of attachments) {
      const blob = await repo.file(meta.id);
      const file = new ZipPassThrough(attachmentPath(entry.id, meta));
      file.mtime = zipDate(meta.addedAt, now);
      zip.add(file);
      for await (const chunk of blobChunks(blob)) {
        // A piece per task: checksummed and handed to the sink (a Blob made of it, about 50 ms
        // per MB on a slow phone), then the page is given back. Without it, chunks the stream has
        // already read follow each other in microtasks and hold the page for several of them.
        for (let at = 0; at < chunk.length; at += FILE_PIECE) {
          file.push(chunk.subarray(at, at + FILE_PIECE), false);
          await drain();
          await nextTask();
        }
      }
      file.push(new Uint8Array(0), true);
      await drain();
    }
    zip.end();
    await drain();
    await encryptor?.finish();
    await output.close();
  } catch (error) {
    zip.terminate();
    await output.abort(error);
    throw error;
  }
  return { entries: entries.length, files: attachments.length, bytes: written };
}
