import { Inflate } from 'fflate';
import { ImportError } from './archive-error.ts';
import { blobChunks, readRange } from './blob-chunks.ts';
import { LIMITS } from './model.ts';
import { crc32, isSafePath } from './zip-format.ts';

/**
 * A defensive ZIP reader over a Blob, driven by the central directory.
 *
 * Why not fflate's streaming `Unzip`: the exports are written by fflate's streaming `Zip`, which
 * puts sizes only in data descriptors after each file; a streaming reader must then find where
 * a stored file ends by scanning its bytes for a ZIP signature, and fflate's `Unzip` does so:
 * an attachment that contains `PK\x03\x04` or `PK\x07\x08` (any .docx, .xlsx, .zip, many PDFs
 * and chat exports) is silently cut there. A Blob can be read at any offset, so this reader
 * takes names, sizes and offsets from the central directory at the end instead; that also lets
 * it refuse unsafe names, duplicates and oversized declarations before inflating a single byte.
 * Inflation still uses fflate (`Inflate`, streaming), with the zip-bomb checks between steps.
 */

/** One file in the central directory. */
export interface ZipItem {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly nameBytes: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
/** Compressed bytes fed to the inflater per step: one step inflates to at most ~16 MB. */
const INFLATE_STEP = 16 * 1024;

const u16 = (bytes: Uint8Array, at: number) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(at, true);
const u32 = (bytes: Uint8Array, at: number) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true);

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8 || bytes.every((byte) => byte < 0x80)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError('unsafe-path', '(undecodable name)');
    }
  }
  // Not flagged UTF-8: the legacy code page. Latin-1 is close enough to check safety.
  return String.fromCharCode(...bytes);
}

/** Finds the end-of-central-directory record, or says why there is none. */
async function findEnd(zip: Blob): Promise<{ readonly at: number; readonly record: Uint8Array }> {
  const head = await readRange(zip, 0, 4);
  const startsLikeZip = head.length === 4 && (u32(head, 0) === LOCAL || u32(head, 0) === END);
  if (!startsLikeZip) throw new ImportError('not-a-zip');
  const tailStart = Math.max(0, zip.size - END_BYTES - MAX_COMMENT);
  const tail = await readRange(zip, tailStart, zip.size);
  for (let at = tail.length - END_BYTES; at >= 0; at -= 1) {
    if (u32(tail, at) === END && at + END_BYTES + u16(tail, at + 20) === tail.length) {
      return { at: tailStart + at, record: tail.subarray(at, at + END_BYTES) };
    }
  }
  // It starts like a ZIP but its end is missing: cut short.
  throw new ImportError('truncated');
}

/**
 * Reads and checks the central directory: every name safe and unique, sizes within the limits,
 * no overlapping files, no ZIP64, no ZIP encryption. Nothing is inflated yet.
 * @throws ImportError
 */
export async function readDirectory(zip: Blob): Promise<Map<string, ZipItem>> {
  const end = await findEnd(zip);
  const { record } = end;
  const count = u16(record, 10);
  const directorySize = u32(record, 12);
  const directoryAt = u32(record, 16);
  if (u16(record, 4) !== 0 || u16(record, 6) !== 0 || u16(record, 8) !== count) {
    throw new ImportError('foreign', 'multi-volume');
  }
  if (count === 0xffff || directorySize === 0xffffffff || directoryAt === 0xffffffff) {
    throw new ImportError('too-big', 'zip64');
  }
  if (count > LIMITS.maxArchiveFiles) throw new ImportError('too-big', 'files');
  if (directorySize > MAX_DIRECTORY_BYTES) throw new ImportError('too-big', 'directory');
  if (directoryAt + directorySize !== end.at) throw new ImportError('corrupt', 'directory');
  const directory = await readRange(zip, directoryAt, end.at);

  const items = new Map<string, ZipItem>();
  let at = 0;
  let declared = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL) {
      throw new ImportError('corrupt', 'directory');
    }
    const flags = u16(directory, at + 8);
    const method = u16(directory, at + 10);
    const compressedSize = u32(directory, at + 20);
    const size = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const next = at + 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    if (next > directory.length) throw new ImportError('corrupt', 'directory');
    const nameBytes = directory.slice(at + 46, at + 46 + nameLength);
    const name = decodeName(nameBytes, (flags & 0x800) !== 0);
    if (!isSafePath(name)) throw new ImportError('unsafe-path', name);
    if (items.has(name)) throw new ImportError('duplicate', name);
    if (flags & 0x1) throw new ImportError('foreign', 'zip-encryption');
    if (method !== 0 && method !== 8) throw new ImportError('foreign', 'compression');
    if (compressedSize === 0xffffffff || size === 0xffffffff)
      throw new ImportError('too-big', name);
    if (method === 0 && size !== compressedSize) throw new ImportError('corrupt', name);
    if (size > LIMITS.maxAttachmentBytes && size > LIMITS.maxManifestBytes) {
      throw new ImportError('too-big', name);
    }
    if (
      size > LIMITS.compressionRatioFloorBytes &&
      size > LIMITS.maxCompressionRatio * compressedSize
    ) {
      throw new ImportError('too-big', name);
    }
    declared += size;
    if (declared > LIMITS.maxArchiveBytes) throw new ImportError('too-big', 'total');
    items.set(name, {
      name,
      method,
      crc: u32(directory, at + 16),
      compressedSize,
      size,
      localOffset: u32(directory, at + 42),
      nameBytes,
    });
    at = next;
  }
  // Files whose data overlap (a zip-bomb technique) or run into the directory.
  const sorted = [...items.values()].sort((a, b) => a.localOffset - b.localOffset);
  sorted.forEach((item, index) => {
    const minimalEnd = item.localOffset + 30 + item.nameBytes.length + item.compressedSize;
    const limit = sorted[index + 1]?.localOffset ?? directoryAt;
    if (minimalEnd > limit) throw new ImportError('too-big', `${item.name} (overlap)`);
  });
  return items;
}

/** Where an item's data starts, checked against its local header. */
async function dataStart(zip: Blob, item: ZipItem): Promise<number> {
  const local = await readRange(zip, item.localOffset, item.localOffset + 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL) throw new ImportError('corrupt', item.name);
  const nameLength = u16(local, 26);
  const start = item.localOffset + 30 + nameLength + u16(local, 28);
  const name = await readRange(zip, item.localOffset + 30, item.localOffset + 30 + nameLength);
  const sameName =
    name.length === item.nameBytes.length && name.every((byte, i) => byte === item.nameBytes[i]);
  if (!sameName) throw new ImportError('corrupt', item.name);
  if (start + item.compressedSize > zip.size) throw new ImportError('truncated', item.name);
  return start;
}

/**
 * Inflates a deflated item step by step, stopping as soon as it goes past its declared size,
 * `maxBytes`, or the compression ratio a zip bomb has.
 */
async function* inflate(
  zip: Blob,
  item: ZipItem,
  start: number,
  maxBytes: number,
): AsyncGenerator<Uint8Array, void, undefined> {
  let produced = 0;
  let consumed = 0;
  let pending: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    pending.push(chunk);
  });
  const check = () => {
    const bomb =
      produced > LIMITS.compressionRatioFloorBytes &&
      produced > LIMITS.maxCompressionRatio * consumed;
    if (produced > item.size || produced > maxBytes || bomb) {
      throw new ImportError('too-big', item.name);
    }
  };
  const push = (bytes: Uint8Array, final: boolean) => {
    try {
      inflater.push(bytes, final);
    } catch (error) {
      throw new ImportError('corrupt', item.name, error);
    }
  };
  for await (const chunk of blobChunks(zip.slice(start, start + item.compressedSize))) {
    for (let at = 0; at < chunk.length; at += INFLATE_STEP) {
      const step = chunk.subarray(at, at + INFLATE_STEP);
      consumed += step.length;
      push(step, false);
      check();
      if (pending.length > 0) {
        yield* pending;
        pending = [];
      }
    }
  }
  push(new Uint8Array(0), true);
  check();
  yield* pending;
  if (produced !== item.size) throw new ImportError('corrupt', item.name);
}

/**
 * An item's bytes as a Blob. A stored item is a slice of the archive (nothing is copied); a
 * deflated one is inflated under the zip-bomb checks.
 * @throws ImportError `too-big`, `corrupt` or `truncated`.
 */
export async function itemBlob(zip: Blob, item: ZipItem, maxBytes: number): Promise<Blob> {
  if (item.size > maxBytes) throw new ImportError('too-big', item.name);
  const start = await dataStart(zip, item);
  if (item.method === 0) return zip.slice(start, start + item.size);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of inflate(zip, item, start, maxBytes)) parts.push(chunk.slice());
  return new Blob(parts);
}

/**
 * An item's bytes, checked against its CRC-32 (for the small text files such as the manifest).
 * @throws ImportError `too-big`, `corrupt` or `truncated`.
 */
export async function itemBytes(zip: Blob, item: ZipItem, maxBytes: number): Promise<Uint8Array> {
  const blob = await itemBlob(zip, item, maxBytes);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (crc32(bytes) !== item.crc) throw new ImportError('corrupt', item.name);
  return bytes;
}
